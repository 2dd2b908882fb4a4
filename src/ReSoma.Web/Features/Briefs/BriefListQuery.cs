using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Search;

namespace ReSoma.Web.Features.Briefs;

public sealed record BriefListItem(
    int Id, string Title, string Slug, BriefSeries Series, Area Area, string TopicTitle, string TopicSlug, int Year,
    DateOnly? PublishedOn, IReadOnlyList<string> Authors, string Summary, IHtmlContent? Snippet, string Language);

public sealed record BriefListPage(
    BriefFilters Filters,
    IReadOnlyList<BriefListItem> Items,
    int Total,
    int Page,
    int PageCount,
    bool SearchedByRelevance,
    IReadOnlyList<ActiveFilter> Active,
    IReadOnlyList<string> Notices,
    BriefFilterOptions Options)
{
    /// <summary>More matched than were counted: the page says "more than".</summary>
    public bool TotalIsLowerBound { get; init; }

    /// <summary>The filters understood, for the list's canonical address.</summary>
    public required BriefFilters Understood { get; init; }
}

/// <summary>The published briefs, newest first or by relevance, filtered by any combination of the GET parameters.</summary>
public sealed class BriefListQuery(ReSomaDbContext db, IFullTextSearch search, BriefFilterResolver resolver, IStringLocalizer<BriefListQuery> localizer)
{
    public const int PageSize = 20;

    /// <summary>A search counts its matches only up to here: counting every match of a common word costs most of
    /// the request at 100,000 briefs (bench/), and nobody pages past a thousand results.</summary>
    public const int SearchCountLimit = 1_000;

    public async Task<BriefListPage> RunAsync(BriefFilters filters, CancellationToken cancellationToken = default)
    {
        var (resolved, active, notices, options) = await resolver.ResolveAsync(filters, cancellationToken);
        var briefs = Filtered(resolved);
        var query = SearchQuery.Parse(filters.Q);
        if (query.OnlyExcludes)
        {
            // Listing every brief but the excluded ones would look like a search that found everything.
            notices.Add(SearchNotices.OnlyExcludes(query, localizer));
            return new BriefListPage(filters, [], 0, 1, 1, true, active, notices, options) { Understood = resolved.Understood };
        }

        if (!string.IsNullOrWhiteSpace(filters.Q) && query.IsEmpty)
        {
            notices.Add(localizer["The search had no words to look for, so all briefs are shown."]);
        }

        var page = Math.Max(1, filters.Page);
        List<(BriefListItem Item, int DocumentId)> rows;
        int total;
        if (query.IsEmpty)
        {
            total = await briefs.CountAsync(cancellationToken);
            rows = (await Project(briefs.OrderByDescending(b => b.PublishedOn).ThenByDescending(b => b.Id))
                .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken))
                .Select(r => (r, 0)).ToList();
        }
        else
        {
            // The engine's best matches first; every match only when a selective filter leaves too few of them
            // (docs/decisions/0025).
            var candidates = await SearchCandidates.LoadAsync(
                search, db, query, db.SearchDocuments.Where(d => briefs.Any(b => b.Id == d.BriefId)), cancellationToken);
            var ranked = from b in briefs
                         join d in db.SearchDocuments on (int?)b.Id equals d.BriefId
                         join h in search.Match(db, query) on d.Id equals h.DocumentId
                         select new { Brief = b, h.Rank, DocumentId = d.Id };
            total = candidates.Complete || candidates.Overflows
                ? candidates.Passing.Count
                : await ranked.Take(SearchCountLimit + 1).CountAsync(cancellationToken);
            var skip = (page - 1) * PageSize;
            var documentIds = candidates.Holds(skip, PageSize)
                ? candidates.Passing.Skip(skip).Take(PageSize).Select(c => c.DocumentId).ToList()
                : await ranked.OrderBy(r => r.Rank).ThenByDescending(r => r.Brief.PublishedOn).ThenBy(r => r.DocumentId)
                    .Skip(skip).Take(PageSize)
                    .Select(r => r.DocumentId)
                    .ToListAsync(cancellationToken);
            var briefIds = await db.SearchDocuments.Where(d => documentIds.Contains(d.Id))
                .Select(d => new { d.Id, d.BriefId })
                .ToDictionaryAsync(d => d.Id, d => d.BriefId!.Value, cancellationToken);
            var ids = documentIds.Select(d => new { Id = briefIds[d], DocumentId = d }).ToList();
            var items = await Project(db.Briefs.Where(b => ids.Select(i => i.Id).Contains(b.Id))).ToListAsync(cancellationToken);
            var snippets = await search.SnippetsAsync(db, query, ids.Select(i => i.DocumentId).ToList(), cancellationToken);
            // Keep the rank order of the ids; attach each result's highlighted extract.
            rows = ids.Select(i => (items.Single(x => x.Id == i.Id) with
                {
                    Snippet = snippets.TryGetValue(i.DocumentId, out var snippet) ? new HtmlString(snippet) : null,
                }, i.DocumentId))
                .ToList();
        }

        var lowerBound = !query.IsEmpty && total > SearchCountLimit;
        var shown = lowerBound ? SearchCountLimit : total;
        var pageCount = Math.Max(1, (shown + PageSize - 1) / PageSize);
        if (page > pageCount && total > 0)
        {
            notices.Add(pageCount == 1 ? localizer["There is only 1 page of results."] : localizer["There are only {0} pages of results.", pageCount]);
        }

        return new BriefListPage(filters, rows.Select(r => r.Item).ToList(), shown, page, pageCount, !query.IsEmpty, active, notices, options)
        {
            TotalIsLowerBound = lowerBound,
            Understood = resolved.Understood,
        };
    }

    private IQueryable<Brief> Filtered(ResolvedBriefFilters f)
    {
        var briefs = db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Published);
        if (f.Area is { } area)
        {
            briefs = briefs.Where(b => b.Topic!.Area == area);
        }

        if (f.Series is { } series)
        {
            briefs = briefs.Where(b => b.Series == series);
        }

        if (f.TopicId is { } topicId)
        {
            briefs = briefs.Where(b => b.TopicId == topicId || b.Topic!.FirstEntryId == topicId);
        }

        if (f.Year is { } year)
        {
            briefs = briefs.Where(b => b.Topic!.Cycle!.Year == year);
        }

        if (f.OrganisationId is { } organisationId)
        {
            briefs = briefs.Where(b => b.Authors.Any(a => a.OrganisationId == organisationId));
        }

        return briefs;
    }

    private static IQueryable<BriefListItem> Project(IQueryable<Brief> briefs) =>
        briefs.Select(b => new BriefListItem(
            b.Id, b.Title, b.Slug, b.Series, b.Topic!.Area, b.Topic.Title, b.Topic.FirstEntry != null ? b.Topic.FirstEntry.Slug : b.Topic.Slug, b.Topic.Cycle!.Year, b.PublishedOn,
            b.Authors.OrderBy(a => a.Position).Select(a => a.Name).ToList(), b.Summary, null, b.Language));
}
