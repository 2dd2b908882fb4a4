using ReSoma.Web.Features.Briefs;

namespace ReSoma.Bench;

/// <summary>One request to /briefs, as its GET parameters.</summary>
public sealed record BenchCase(string Name, BriefFilters Filters)
{
    public static IReadOnlyList<BenchCase> All { get; } =
    [
        new("list page 1", Make()),
        new("list page 50", Make(page: 50)),
        new("list area+series+year", Make(area: "asylum", series: "policy-options", year: "2020")),
        new("search rare term", Make(q: Vocabulary.RareWord)),
        new("search common term", Make(q: "policy")),
        new("search phrase", Make(q: "\"safe third country\"")),
        new("search + filter", Make(q: "detention", area: "asylum", year: "2020")),
    ];

    private static BriefFilters Make(string? q = null, string? area = null, string? series = null, string? year = null, int page = 1) =>
        new(q, area, series, Topic: null, year, Organisation: null, page);
}
