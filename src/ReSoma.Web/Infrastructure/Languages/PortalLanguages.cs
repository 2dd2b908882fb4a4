using System.Globalization;

namespace ReSoma.Web.Infrastructure.Languages;

/// <summary>
/// The languages of the interface. English is the default and the source of every resource key; a language is added by
/// adding its resource files and its entry here. Content keeps the language it was written in.
/// </summary>
public static class PortalLanguages
{
    /// <summary>The cookie that keeps a visitor's choice, and the query key that makes one (the switch's links and
    /// the <c>hreflang</c> alternates use it).</summary>
    public const string CookieName = "culture";

    public const string QueryKey = "culture";

    public const string Default = "en";

    /// <summary>Each language with its name written in itself, as a language switch shows it.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } = [("en", "English"), ("fr", "Français")];

    public static IReadOnlyList<CultureInfo> Cultures { get; } = [.. All.Select(l => CultureInfo.GetCultureInfo(l.Code))];

    public static bool IsSupported(string? code) => code is not null && All.Any(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The language the current request is rendered in.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
