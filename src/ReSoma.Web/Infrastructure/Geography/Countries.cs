using System.Globalization;

namespace ReSoma.Web.Infrastructure.Geography;

/// <summary>Country names by ISO 3166 two-letter code, from .NET's region data rather than a list typed by hand.</summary>
public static class Countries
{
    private static readonly Lazy<IReadOnlyList<(string Code, string Name)>> AllCountries = new(Load);

    public static IReadOnlyList<(string Code, string Name)> All => AllCountries.Value;

    public static bool IsKnown(string? code) => code is not null && All.Any(c => c.Code == code);

    public static string NameOf(string? code) => All.FirstOrDefault(c => c.Code == code).Name ?? code ?? "";

    private static List<(string Code, string Name)> Load() =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => { try { return new RegionInfo(c.Name); } catch (ArgumentException) { return null; } })
            .OfType<RegionInfo>()
            .Where(r => r.TwoLetterISORegionName.Length == 2 && char.IsLetter(r.TwoLetterISORegionName[0]) && char.IsLetter(r.TwoLetterISORegionName[1]))
            .GroupBy(r => r.TwoLetterISORegionName)
            .Select(g => (g.Key, g.First().EnglishName))
            .OrderBy(c => c.EnglishName, StringComparer.Ordinal)
            .ToList();
}

/// <summary>Validates that a value is a known two-letter country code.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CountryCodeAttribute : System.ComponentModel.DataAnnotations.ValidationAttribute
{
    public CountryCodeAttribute() : base("Choose a country from the list.")
    {
    }

    public override bool IsValid(object? value) => value is null || Countries.IsKnown(value as string);
}
