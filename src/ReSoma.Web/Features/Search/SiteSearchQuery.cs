using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Search;

namespace ReSoma.Web.Features.Search;

/// <summary>
/// The site search: every public search document — topics, briefs, consultations, interviews, events, news — in one
/// ranked list, on the same full-text <see cref="IFullTextSearch.Match"/> as the briefs library.
/// </summary>
public sealed class SiteSearchQuery(ReSomaDbContext db, IFullTextSearch search)
{
    public const int PageSize = 20;

    /// <summary>Results beyond this are counted but not paged through, as in the briefs library: nobody reads
    /// past a thousand results, and each deeper page ranks every match again.</summary>
    public const int ResultLimit = 1_000;

    /// <summary>When the words find nothing together, each of at most this many clauses is tried alone.</summary>
    private const int SuggestedTerms = 5;

    public async Task<SiteSearchPage> RunAsync(SiteSearchInput input, CancellationToken cancellationToken = default)
    {
        var notices = new List<string>();
        var activeKind = SearchKinds.Find(input.Type);
        if (!string.IsNullOrWhiteSpace(input.Type) && activeKind is null)
        {
            notices.Add($"There is no type \"{input.Type.Trim()}\" to narrow the search to, so every type is shown. "
                + $"The types are: {string.Join(", ", SearchKinds.All.Select(k => k.DisplayName))}.");
        }

        input = input with { Type = activeKind?.Kind };
        var query = SearchQuery.Parse(input.Q);
        if (query.IsEmpty)
        {
            if (query.OnlyExcludes)
            {
                notices.Add(SearchNotices.OnlyExcludes(query));
            }
            else if (!string.IsNullOrWhiteSpace(input.Q))
            {
                notices.Add("The search had no words to look for: type a word, or a phrase in quotes.");
            }

            return new SiteSearchPage(input, false, activeKind, [], [], 0, 0, 1, 1, notices, []);
        }

        var matches = Matches(query);

        // One pass over the matches counts every type; the counts are exact, as the facets promise.
        var counts = await matches.GroupBy(m => m.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Kind, c => c.Count, cancellationToken);
        var allTypes = counts.Values.Sum();
        var total = activeKind is null ? allTypes : counts.GetValueOrDefault(activeKind.Kind);
        var facets = SearchKinds.All
            .Select(k => new SearchFacet(k, counts.GetValueOrDefault(k.Kind), k == activeKind, input.WithType(k == activeKind ? null : k.Kind)))
            .ToList();

        var pageCount = Math.Max(1, (Math.Min(total, ResultLimit) + PageSize - 1) / PageSize);
        var page = Math.Max(1, input.Page);
        if (page > pageCount && total > 0)
        {
            notices.Add($"There {(pageCount == 1 ? "is only 1 page" : $"are only {pageCount} pages")} of results.");
        }

        var results = page > pageCount ? [] : await PageAsync(query, activeKind, page, cancellationToken);
        var suggestions = total == 0 ? await SuggestionsAsync(query, input, activeKind, allTypes, cancellationToken) : [];
        return new SiteSearchPage(input, true, activeKind, facets, results, total, allTypes, page, pageCount, notices, suggestions);
    }

    private IQueryable<Match> Matches(SearchQuery query) =>
        from d in db.SearchDocuments.AsNoTracking()
        join h in search.Match(db, query) on d.Id equals h.DocumentId
        where d.IsPublic
        select new Match { Id = d.Id, Kind = d.Kind, Path = d.Path, Title = d.Title, Summary = d.Summary, PublishedAt = d.PublishedAt, Rank = h.Rank };

    private async Task<List<SiteSearchResult>> PageAsync(SearchQuery query, SearchKind? kind, int page, CancellationToken cancellationToken)
    {
        var matches = Matches(query);
        if (kind is not null)
        {
            matches = matches.Where(m => m.Kind == kind.Kind);
        }

        var rows = await matches
            .OrderBy(m => m.Rank).ThenByDescending(m => m.PublishedAt).ThenBy(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        var snippets = await search.SnippetsAsync(db, query, rows.Select(r => r.Id).ToList(), cancellationToken);
        return rows.Select(r => new SiteSearchResult(
                r.Kind, SearchKinds.DisplayName(r.Kind), r.Title, r.Path,
                snippets.TryGetValue(r.Id, out var snippet) && snippet.Length > 0 ? new HtmlString(snippet) : null,
                r.Summary, r.PublishedAt))
            .ToList();
    }

    /// <summary>What to try when nothing matched: every type, when a type filter hid the matches; else each word
    /// alone, when the words only failed together.</summary>
    private async Task<List<SearchSuggestion>> SuggestionsAsync(
        SearchQuery query, SiteSearchInput input, SearchKind? kind, int allTypes, CancellationToken cancellationToken)
    {
        if (kind is not null && allTypes > 0)
        {
            return [new SearchSuggestion("every type", allTypes, input.WithType(null))];
        }

        var suggestions = new List<SearchSuggestion>();
        if (query.Clauses.Count < 2)
        {
            return suggestions;
        }

        foreach (var clause in query.Clauses.Take(SuggestedTerms))
        {
            var text = clause.Typed;
            var count = await Matches(SearchQuery.Parse(text)).CountAsync(cancellationToken);
            if (count > 0)
            {
                suggestions.Add(new SearchSuggestion(text, count, SiteSearchInput.Url(text, null, 1)));
            }
        }

        return suggestions;
    }

    // Set by member initialisation, not a constructor, so EF can still filter and order by its members.
    private sealed class Match
    {
        public int Id { get; init; }
        public string Kind { get; init; } = "";
        public string Path { get; init; } = "";
        public string Title { get; init; } = "";
        public string Summary { get; init; } = "";
        public DateTimeOffset? PublishedAt { get; init; }
        public double Rank { get; init; }
    }
}
