namespace ReSoma.Web.Domain;

/// <summary>
/// The language a piece of content was written in. Content is never translated by the interface: a French page shows an
/// English brief in English, marked with <c>lang</c> so browsers and screen readers treat it as such (WCAG 3.1.2).
/// Content that records no language of its own (topics, events, consultations) is in <see cref="Default"/>.
/// </summary>
public static class ContentLanguage
{
    public const string Default = "en";

    /// <summary>The languages an editor can say a piece is written in (ISO 639-1), named in themselves.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("en", "English"), ("fr", "Français"), ("de", "Deutsch"), ("es", "Español"), ("it", "Italiano"),
        ("pt", "Português"), ("nl", "Nederlands"), ("el", "Ελληνικά"), ("pl", "Polski"), ("sv", "Svenska"),
    ];

    public static bool IsKnown(string? code) => code is not null && All.Any(l => l.Code == code);
}
