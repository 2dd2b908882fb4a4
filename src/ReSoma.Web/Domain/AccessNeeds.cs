namespace ReSoma.Web.Domain;

/// <summary>The access needs every registration form offers, whatever else the organisers ask.</summary>
public static class AccessNeeds
{
    public static IReadOnlyList<(string Key, string Label)> All { get; } =
    [
        ("step-free", "Step-free access"),
        ("sign-language", "Sign language interpretation"),
        ("captioning", "Live captioning"),
        ("dietary", "Dietary requirements (say which in the note)"),
    ];

    public static string LabelOf(string key) => All.FirstOrDefault(a => a.Key == key).Label ?? key;

    public static IReadOnlyList<string> KeysIn(string? stored) =>
        (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(k => All.Any(a => a.Key == k)).ToList();

    /// <summary>Only known keys, in the fixed order, or null when none is chosen.</summary>
    public static string? Store(IEnumerable<string>? keys)
    {
        var chosen = All.Where(a => keys?.Contains(a.Key) == true).Select(a => a.Key).ToList();
        return chosen.Count == 0 ? null : string.Join(',', chosen);
    }
}
