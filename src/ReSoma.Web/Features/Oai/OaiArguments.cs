using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ReSoma.Web.Features.Oai;

/// <summary>
/// The protocol arguments exactly as sent, in order. ASP.NET's query and form collections ignore the case of names
/// and merge repeats, which would hide precisely the mistakes OAI-PMH asks a repository to report.
/// </summary>
public sealed record OaiArguments(IReadOnlyList<KeyValuePair<string, string>> Pairs, string? Problem = null)
{
    /// <summary>Far more than any legal request (the longest is a resumption token plus a verb).</summary>
    public const int MaxBodyLength = 8 * 1024;

    public static OaiArguments FromQuery(QueryString query) => new(Decode(query.Value));

    public static async Task<OaiArguments> FromFormBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return new([], "A POST request must send its arguments as application/x-www-form-urlencoded.");
        }

        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var buffer = new char[MaxBodyLength + 1];
        var length = await reader.ReadBlockAsync(buffer, cancellationToken);
        return length > MaxBodyLength
            ? new([], "The request body is too long for an OAI-PMH request.")
            : new(Decode(new string(buffer, 0, length)));
    }

    private static List<KeyValuePair<string, string>> Decode(string? encoded)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var pair in new QueryStringEnumerable(encoded))
        {
            pairs.Add(new(pair.DecodeName().ToString(), pair.DecodeValue().ToString()));
        }

        return pairs;
    }
}
