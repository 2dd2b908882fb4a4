using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>
/// Full-text search over <see cref="Domain.SearchDocument"/>: FTS5 on SQLite, Full-Text Search on SQL Server.
/// Features compose <see cref="Match"/> with their own filters, order by rank and page, then ask for snippets.
/// </summary>
public interface IFullTextSearch
{
    /// <summary>The documents matching every term, as a query EF can join and filter further. Its cost grows with
    /// the number of matches: searches start from <see cref="Best"/> and come here only when the best are not enough.</summary>
    IQueryable<SearchHit> Match(ReSomaDbContext db, SearchQuery query);

    /// <summary>The <paramref name="limit"/> best-ranked matching documents, chosen by the engine alone before anything
    /// is joined to them, so that what is joined, filtered and sorted after it is bounded (docs/decisions/0025).</summary>
    IQueryable<SearchHit> Best(ReSomaDbContext db, SearchQuery query, int limit);

    /// <summary>Documents whose title matches, at most <paramref name="limit"/> of them chosen without ranking every
    /// match (the newest on SQLite, the best ranked on SQL Server): a bounded, cheap query for suggestions as one types.</summary>
    IQueryable<SearchHit> MatchTitles(ReSomaDbContext db, SearchQuery query, int limit);

    /// <summary>Short HTML-safe extracts with the matched words in <c>&lt;mark&gt;</c>, for a page of results.</summary>
    Task<IReadOnlyDictionary<int, string>> SnippetsAsync(ReSomaDbContext db, SearchQuery query, IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken);
}
