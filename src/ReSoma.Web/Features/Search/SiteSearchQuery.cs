using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Search;

namespace ReSoma.Web.Features.Search;

/// <summary>
/// The site search: every public search document — topics, briefs, consultations, interviews, events, news — in one
/// list, most relevant or newest first, on the same full-text <see cref="IFullTextSearch.Match"/> as the briefs library.
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
        (var filters, input) = SiteSearchFilters.Read(input, notices);
        var years = await SearchYears.OfPublicDocumentsAsync(db, cancellationToken);
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

            return new SiteSearchPage(input, filters, false, [], [], 0, 0, 1, 1, notices, [], years);
        }

        var matches = Narrowed(Matches(query), filters);

        // One pass over the matches counts every type; the counts are exact, as the facets promise.
        var counts = await matches.GroupBy(m => m.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Kind, c => c.Count, cancellationToken);
        var allTypes = counts.Values.Sum();
        var total = filters.Kind is null ? allTypes : counts.GetValueOrDefault(filters.Kind.Kind);
        var facets = SearchKinds.All
            .Select(k => new SearchFacet(k, counts.GetValueOrDefault(k.Kind), k == filters.Kind, input.WithType(k == filters.Kind ? null : k.Kind)))
            .ToList();

        var pageCount = Math.Max(1, (Math.Min(total, ResultLimit) + PageSize - 1) / PageSize);
        var page = Math.Max(1, input.Page);
        input = input with { Page = page };
        if (page > pageCount && total > 0)
        {
            notices.Add($"There {(pageCount == 1 ? "is only 1 page" : $"are only {pageCount} pages")} of results.");
        }

        var results = page > pageCount ? [] : await PageAsync(query, matches, filters, page, cancellationToken);
        var suggestions = total == 0 ? await SuggestionsAsync(query, input, filters, allTypes, cancellationToken) : [];
        return new SiteSearchPage(input, filters, true, facets, results, total, allTypes, page, pageCount, notices, suggestions, years);
    }

    private IQueryable<Match> Matches(SearchQuery query) =>
        from d in db.SearchDocuments.AsNoTracking()
        join h in search.Match(db, query) on d.Id equals h.DocumentId
        where d.IsPublic
        select new Match { Id = d.Id, Kind = d.Kind, Area = d.Area, Path = d.Path, Title = d.Title, Summary = d.Summary, PublishedAt = d.PublishedAt, Rank = h.Rank };

    /// <summary>The area and year apply to the facets too; the type only to the list, so each facet can say what it would show.</summary>
    private static IQueryable<Match> Narrowed(IQueryable<Match> matches, SiteSearchFilters filters)
    {
        if (filters.Area is { } area)
        {
            matches = matches.Where(m => m.Area == area);
        }

        if (filters.Year is { } year)
        {
            var (from, until) = SearchYears.Span(year);
            matches = matches.Where(m => m.PublishedAt >= from && m.PublishedAt < until);
        }

        return matches;
    }

    private async Task<List<SiteSearchResult>> PageAsync(SearchQuery query, IQueryable<Match> matches, SiteSearchFilters filters, int page, CancellationToken cancellationToken)
    {
        if (filters.Kind is { } kind)
        {
            matches = matches.Where(m => m.Kind == kind.Kind);
        }

        // Newest first puts undated documents (topics) last: both providers sort NULL below any date.
        var ordered = filters.ByDate
            ? matches.OrderByDescending(m => m.PublishedAt).ThenBy(m => m.Rank).ThenBy(m => m.Id)
            : matches.OrderBy(m => m.Rank).ThenByDescending(m => m.PublishedAt).ThenBy(m => m.Id);
        var rows = await ordered.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var snippets = await search.SnippetsAsync(db, query, rows.Select(r => r.Id).ToList(), cancellationToken);
        return rows.Select(r => new SiteSearchResult(
                r.Kind, SearchKinds.DisplayName(r.Kind), r.Title, r.Path,
                snippets.TryGetValue(r.Id, out var snippet) && snippet.Length > 0 ? new HtmlString(snippet) : null,
                r.Summary, r.PublishedAt))
            .ToList();
    }

    /// <summary>What to try when nothing matched: every type, when a type filter hid the matches; every area and
    /// year, when those hid them; else each clause alone, when the words only failed together.</summary>
    private async Task<List<SearchSuggestion>> SuggestionsAsync(
        SearchQuery query, SiteSearchInput input, SiteSearchFilters filters, int allTypes, CancellationToken cancellationToken)
    {
        if (filters.Kind is not null && allTypes > 0)
        {
            return [new SearchSuggestion("every type", allTypes, input.WithType(null))];
        }

        if (filters.NarrowsByAreaOrYear && await Matches(query).CountAsync(cancellationToken) is > 0 and var everywhere)
        {
            return [new SearchSuggestion("every area and year", everywhere, input.Everywhere())];
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
                suggestions.Add(new SearchSuggestion(text, count, new SiteSearchInput(text).Url()));
            }
        }

        return suggestions;
    }

    // Set by member initialisation, not a constructor, so EF can still filter and order by its members.
    private sealed class Match
    {
        public int Id { get; init; }
        public string Kind { get; init; } = "";
        public Domain.Area? Area { get; init; }
        public string Path { get; init; } = "";
        public string Title { get; init; } = "";
        public string Summary { get; init; } = "";
        public DateTimeOffset? PublishedAt { get; init; }
        public double Rank { get; init; }
    }
}
