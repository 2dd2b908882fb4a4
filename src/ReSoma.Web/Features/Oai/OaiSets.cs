using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Oai;

/// <summary>
/// The set hierarchy: every brief is in the set of its series and of its topic's area. A colon in a setSpec makes
/// a child set (spec 2.7.2), so the parents <c>series</c> and <c>area</c> exist too and hold every brief.
/// </summary>
public static class OaiSets
{
    public const string Series = "series";
    public const string Area = "area";

    public static IReadOnlyList<(string Spec, string Name)> All { get; } =
    [
        (Series, "Publication series"),
        .. BriefSeriesNames.All.Select(s => (Of(s), s.PluralName())),
        (Area, "Policy areas"),
        .. AreaNames.All.Select(a => (Of(a), "Policy area: " + a.DisplayName())),
    ];

    public static string Of(BriefSeries series) => $"{Series}:{series.Slug()}";

    public static string Of(Area area) => $"{Area}:{area.Slug()}";

    /// <summary>The briefs in a set; none for a set that does not exist, which the verb reports as noRecordsMatch.</summary>
    public static IQueryable<Brief> Filter(IQueryable<Brief> briefs, string? set)
    {
        if (set is null or Series or Area)
        {
            return briefs;
        }

        if (BriefSeriesNames.All.Where(s => Of(s) == set).Select(s => (BriefSeries?)s).FirstOrDefault() is { } series)
        {
            return briefs.Where(b => b.Series == series);
        }

        if (AreaNames.All.Where(a => Of(a) == set).Select(a => (Domain.Area?)a).FirstOrDefault() is { } area)
        {
            return briefs.Where(b => b.Topic!.Area == area);
        }

        return briefs.Where(b => false);
    }
}
