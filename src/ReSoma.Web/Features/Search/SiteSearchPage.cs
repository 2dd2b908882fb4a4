using Microsoft.AspNetCore.Html;

namespace ReSoma.Web.Features.Search;

/// <summary>One result: what it is, where it lives, and why it matched.</summary>
public sealed record SiteSearchResult(string Kind, string KindName, string Title, string Path, IHtmlContent? Snippet, string Summary, DateTimeOffset? Date);

/// <summary>A type to narrow the search to, with the number of matches of that type for the current words.</summary>
public sealed record SearchFacet(SearchKind Kind, int Count, bool IsActive, string Url);

/// <summary>A narrower search that finds something, offered when the words found nothing together.</summary>
public sealed record SearchSuggestion(string Text, int Count, string Url);

/// <summary>The GET parameters of /search as typed, and the addresses of the same search with one of them changed.</summary>
public sealed record SiteSearchInput(string? Q, string? Type, int Page = 1)
{
    /// <summary>This search narrowed to <paramref name="type"/> (null: every type), from page 1.</summary>
    public string WithType(string? type) => Url(Q, type, 1);

    /// <summary>This search, page <paramref name="page"/>.</summary>
    public string WithPage(int page) => Url(Q, SearchKinds.Find(Type)?.Kind, page);

    public static string Url(string? q, string? type, int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(q))
        {
            query.Add("q=" + Uri.EscapeDataString(q.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(type))
        {
            query.Add("type=" + Uri.EscapeDataString(type));
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return query.Count == 0 ? "/search" : "/search?" + string.Join('&', query);
    }
}

public sealed record SiteSearchPage(
    SiteSearchInput Input,
    bool HasWords,
    SearchKind? ActiveKind,
    IReadOnlyList<SearchFacet> Facets,
    IReadOnlyList<SiteSearchResult> Results,
    int Total,
    int AllTypesTotal,
    int Page,
    int PageCount,
    IReadOnlyList<string> Notices,
    IReadOnlyList<SearchSuggestion> Suggestions)
{
    /// <summary>More matched than can be paged through: the last page says so.</summary>
    public bool IsCapped => Total > SiteSearchQuery.ResultLimit;
}
