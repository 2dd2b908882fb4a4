namespace ReSoma.Tests.Security.BadInput;

/// <summary>
/// Header values Kestrel refuses to send: control characters (tab aside) and anything beyond ASCII. The in-memory test
/// server sends them anyway, so without this check a redirect to "/\u202Eevil" would pass here and be a 500 in production.
/// </summary>
public static class UnsendableHeaders
{
    public static IEnumerable<string> Find(HttpResponseMessage response) =>
        response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated)
            .SelectMany(header => header.Value.Select(value => (header.Key, Value: value)))
            .Where(h => h.Value.Any(c => (c < ' ' && c != '\t') || c > '~'))
            .Select(h => $"header {h.Key} holds characters Kestrel refuses to send (a 500 in production): {Escape(h.Value)}");

    private static string Escape(string value) =>
        string.Concat(value.Take(80).Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
