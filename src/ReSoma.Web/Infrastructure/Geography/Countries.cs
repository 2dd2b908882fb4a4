using System.Collections.Concurrent;
using System.Globalization;

namespace ReSoma.Web.Infrastructure.Geography;

/// <summary>Country names by ISO 3166 two-letter code, from .NET's region data rather than a list typed by hand:
/// in English, or in the language of the interface (ICU's names, sorted as that language sorts them).</summary>
public static class Countries
{
    private static readonly Lazy<IReadOnlyList<(string Code, string Name)>> AllCountries = new(Load);

    private static readonly ConcurrentDictionary<string, IReadOnlyList<(string Code, string Name)>> ByLanguage = new(StringComparer.Ordinal);

    /// <summary>Every country with its English name, in English order.</summary>
    public static IReadOnlyList<(string Code, string Name)> All => AllCountries.Value;

    /// <summary>Every country named in the interface's current language, in that language's order.</summary>
    public static IReadOnlyList<(string Code, string Name)> InCurrentLanguage => In(CultureInfo.CurrentUICulture);

    public static IReadOnlyList<(string Code, string Name)> In(CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName;
        return language is "en" or "iv" ? All : ByLanguage.GetOrAdd(language, Translate);
    }

    public static bool IsKnown(string? code) => code is not null && All.Any(c => c.Code == code);

    /// <summary>The country's name in the interface's current language; the code itself when it is not known.</summary>
    public static string NameOf(string? code) => InCurrentLanguage.FirstOrDefault(c => c.Code == code).Name ?? code ?? "";

    private static List<(string Code, string Name)> Load() =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => { try { return new RegionInfo(c.Name); } catch (ArgumentException) { return null; } })
            .OfType<RegionInfo>()
            .Where(r => r.TwoLetterISORegionName.Length == 2 && char.IsLetter(r.TwoLetterISORegionName[0]) && char.IsLetter(r.TwoLetterISORegionName[1]))
            .GroupBy(r => r.TwoLetterISORegionName)
            .Select(g => (g.Key, g.First().EnglishName))
            .OrderBy(c => c.EnglishName, StringComparer.Ordinal)
            .ToList();

    // A region named through a culture of the wanted language ("fr-DE") has its name in that language: "Allemagne".
    private static IReadOnlyList<(string Code, string Name)> Translate(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        return All.Select(c => (c.Code, Name: NameIn(language, c.Code) ?? c.Name))
            .OrderBy(c => c.Name, StringComparer.Create(culture, ignoreCase: true))
            .ToList();
    }

    private static string? NameIn(string language, string code)
    {
        try
        {
            var name = new RegionInfo(language + "-" + code).DisplayName;
            return string.IsNullOrWhiteSpace(name) || name == code ? null : name;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>Validates that a value is a known two-letter country code.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CountryCodeAttribute : System.ComponentModel.DataAnnotations.ValidationAttribute
{
    // Set as ErrorMessage, not passed to the base constructor, so that data-annotation localisation translates it.
    public CountryCodeAttribute() => ErrorMessage = "Choose a country from the list.";

    public override bool IsValid(object? value) => value is null || Countries.IsKnown(value as string);
}
