using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Search;

namespace ReSoma.Web.Features.Search;

/// <summary>
/// The site search: every public search document — topics, briefs, consultations, interviews, events, news — in one
/// list, most relevant or newest first, on the same full-text <see cref="IFullTextSearch.Match"/> as the briefs library.
/// </summary>
public sealed class SiteSearchQuery(ReSomaDbContext db, IFullTextSearch search, IStringLocalizer<SiteSearchQuery> localizer)
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
        (var filters, input) = SiteSearchFilters.Read(input, notices, localizer);
        var years = await SearchYears.OfPublicDocumentsAsync(db, cancellationToken);
        var query = SearchQuery.Parse(input.Q);
        if (query.IsEmpty)
        {
            if (query.OnlyExcludes)
            {
                notices.Add(SearchNotices.OnlyExcludes(query, localizer));
            }
            else if (!string.IsNullOrWhiteSpace(input.Q))
            {
                notices.Add(localizer["The search had no words to look for: type a word, or a phrase in quotes."]);
            }

            return new SiteSearchPage(input, filters, false, [], [], 0, 0, 1, 1, notices, [], years);
        }

        // The engine's best matches first, filtered and sorted in memory; every match only for what they cannot
        // answer (docs/decisions/0025).
        var candidates = await SearchCandidates.LoadAsync(search, db, query, Narrowed(db.SearchDocuments.Where(d => d.IsPublic), filters), cancellationToken);
        var matches = Matches(query, Narrowed(db.SearchDocuments, filters));

        // The facets count every match of each type, exactly as they promise: from the candidates when they are every
        // match, else in one pass over the matches that ranks nothing.
        var counts = candidates.Complete
            ? candidates.Passing.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count())
            : await matches.GroupBy(m => m.Kind)
                .Select(g => new { Kind = g.Key, Count = g.Count() })
                .ToDictionaryAsync(c => c.Kind, c => c.Count, cancellationToken);
        var allTypes = counts.Values.Sum();
        var total = filters.Kind is null ? allTypes : counts.GetValueOrDefault(filters.Kind.Kind);
        var facets = SearchKinds.All
            .Select(k => new SearchFacet(k, counts.GetValueOrDefault(k.Kind), k == filters.Kind, input.WithType(k == filters.Kind ? null : k.Kind)))
            .ToList();

        var listed = Listed(candidates, filters);
        // Newest first sorts the candidates by date: with more matches than candidates, it is the newest of the most
        // relevant, and pages stop where they end, unless too few pass for a page (then every match is sorted).
        var newestOfBest = filters.ByDate && !candidates.Complete && listed.Count >= PageSize;
        var pageCount = Math.Max(1, (Math.Min(newestOfBest ? listed.Count : total, ResultLimit) + PageSize - 1) / PageSize);
        var page = Math.Max(1, input.Page);
        input = input with { Page = page };
        if (page > pageCount && total > 0)
        {
            notices.Add(pageCount == 1 ? localizer["There is only 1 page of results."] : localizer["There are only {0} pages of results.", pageCount]);
        }

        var results = page > pageCount ? [] : await PageAsync(query, candidates, listed, matches, filters, page, cancellationToken);
        var suggestions = total == 0 ? await SuggestionsAsync(query, input, filters, allTypes, cancellationToken) : [];
        return new SiteSearchPage(input, filters, true, facets, results, total, allTypes, page, pageCount, notices, suggestions, years)
        {
            NewestOfBest = newestOfBest,
        };
    }

    private IQueryable<Match> Matches(SearchQuery query, IQueryable<Domain.SearchDocument> documents) =>
        from d in documents.AsNoTracking()
        join h in search.Match(db, query) on d.Id equals h.DocumentId
        where d.IsPublic
        select new Match { Id = d.Id, Kind = d.Kind, Area = d.Area, Path = d.Path, Title = d.Title, Summary = d.Summary, PublishedAt = d.PublishedAt, Rank = h.Rank };

    /// <summary>The area and year apply to the facets too; the type only to the list, so each facet can say what it would show.</summary>
    private static IQueryable<Domain.SearchDocument> Narrowed(IQueryable<Domain.SearchDocument> documents, SiteSearchFilters filters)
    {
        if (filters.Area is { } area)
        {
            documents = documents.Where(d => d.Area == area);
        }

        if (filters.Year is { } year)
        {
            var (from, until) = SearchYears.Span(year);
            documents = documents.Where(d => d.PublishedAt >= from && d.PublishedAt < until);
        }

        return documents;
    }

    /// <summary>The candidates of the listed type in the order asked for. Newest first puts undated documents
    /// (topics) last, as both providers sort NULL below any date.</summary>
    private static List<SearchCandidate> Listed(SearchCandidates candidates, SiteSearchFilters filters)
    {
        var listed = candidates.Passing.Where(c => filters.Kind is null || c.Kind == filters.Kind.Kind);
        return (filters.ByDate ? listed.OrderByDescending(c => c.PublishedAt).ThenBy(c => c.Rank).ThenBy(c => c.DocumentId) : listed).ToList();
    }

    private async Task<List<SiteSearchResult>> PageAsync(
        SearchQuery query, SearchCandidates candidates, List<SearchCandidate> listed, IQueryable<Match> matches, SiteSearchFilters filters, int page, CancellationToken cancellationToken)
    {
        var skip = (page - 1) * PageSize;
        List<Match> rows;
        if (candidates.Holds(listed.Count, skip, PageSize))
        {
            var ids = listed.Skip(skip).Take(PageSize).Select(c => c.DocumentId).ToList();
            var found = await db.SearchDocuments.AsNoTracking().Where(d => ids.Contains(d.Id))
                .Select(d => new Match { Id = d.Id, Kind = d.Kind, Area = d.Area, Path = d.Path, Title = d.Title, Summary = d.Summary, PublishedAt = d.PublishedAt })
                .ToDictionaryAsync(m => m.Id, cancellationToken);
            rows = ids.Select(id => found[id]).ToList();
        }
        else
        {
            if (filters.Kind is { } kind)
            {
                matches = matches.Where(m => m.Kind == kind.Kind);
            }

            var ordered = filters.ByDate
                ? matches.OrderByDescending(m => m.PublishedAt).ThenBy(m => m.Rank).ThenBy(m => m.Id)
                : matches.OrderBy(m => m.Rank).ThenByDescending(m => m.PublishedAt).ThenBy(m => m.Id);
            rows = await ordered.Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
        }

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

        if (filters.NarrowsByAreaOrYear && await Matches(query, db.SearchDocuments).CountAsync(cancellationToken) is > 0 and var everywhere)
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
            var count = await Matches(SearchQuery.Parse(text), db.SearchDocuments).CountAsync(cancellationToken);
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
