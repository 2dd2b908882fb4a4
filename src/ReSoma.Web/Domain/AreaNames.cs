namespace ReSoma.Web.Domain;

/// <summary>How areas appear in URLs (<c>?area=asylum</c>) and on screen.</summary>
public static class AreaNames
{
    public static IReadOnlyList<Area> All { get; } = [Area.Migration, Area.Asylum, Area.Integration];

    public static string Slug(this Area area) => area.ToString().ToLowerInvariant();

    public static string DisplayName(this Area area) => area.ToString();

    /// <summary>Parses a URL value; unknown values give null so callers can ignore them politely.</summary>
    public static Area? FromSlug(string? value) =>
        Enum.TryParse<Area>(value, ignoreCase: true, out var area) && Enum.IsDefined(area) && !int.TryParse(value, out _)
            ? area
            : null;
}
