using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Search;

/// <summary>One result: what it is, where it lives, and why it matched.</summary>
public sealed record SiteSearchResult(string Kind, string KindName, string Title, string Path, IHtmlContent? Snippet, string Summary, DateTimeOffset? Date);

/// <summary>A type to narrow the search to, with the number of matches of that type for the current words.</summary>
public sealed record SearchFacet(SearchKind Kind, int Count, bool IsActive, string Url);

/// <summary>A narrower search that finds something, offered when the words found nothing together.</summary>
public sealed record SearchSuggestion(string Text, int Count, string Url);

/// <summary>A narrowing in effect (an area, a year), with the address of the same search without it.</summary>
public sealed record SearchChip(string Label, string RemoveUrl);

public sealed record SiteSearchPage(
    SiteSearchInput Input,
    SiteSearchFilters Filters,
    bool HasWords,
    IReadOnlyList<SearchFacet> Facets,
    IReadOnlyList<SiteSearchResult> Results,
    int Total,
    int AllTypesTotal,
    int Page,
    int PageCount,
    IReadOnlyList<string> Notices,
    IReadOnlyList<SearchSuggestion> Suggestions,
    IReadOnlyList<int> Years)
{
    public SearchKind? ActiveKind => Filters.Kind;

    /// <summary>Newest first sorted the most relevant matches only, as more matched than a search ranks (docs/decisions/0025).</summary>
    public bool NewestOfBest { get; init; }

    /// <summary>More matched than can be paged through: the last page says so.</summary>
    public bool IsCapped => Total > SiteSearchQuery.ResultLimit;

    /// <summary>The area and year in effect, each removable, worded in the page's language.</summary>
    public IReadOnlyList<SearchChip> Chips(IStringLocalizer localizer) =>
    [
        .. Filters.Area is { } area ? [new SearchChip(localizer["Area: {0}", localizer[area.DisplayName()].Value], Input.WithArea(null))] : Array.Empty<SearchChip>(),
        .. Filters.Year is { } year ? [new SearchChip(localizer["Year: {0}", year], Input.WithYear(null))] : Array.Empty<SearchChip>(),
    ];

    /// <summary>Where the results come from, for the count line: " in Policy briefs, area Asylum, dated 2019".</summary>
    public string Scope(IStringLocalizer localizer) =>
        (ActiveKind is { } kind ? localizer[" in {0}", localizer[kind.SectionName].Value] : "")
        + (Filters.Area is { } area ? localizer[", area {0}", localizer[area.DisplayName()].Value] : "")
        + (Filters.Year is { } year ? localizer[", dated {0}", year] : "");
}
