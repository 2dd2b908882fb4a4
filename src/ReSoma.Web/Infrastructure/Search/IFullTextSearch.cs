using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>
/// Full-text search over <see cref="Domain.SearchDocument"/>: FTS5 on SQLite, Full-Text Search on SQL Server.
/// Features compose <see cref="Match"/> with their own filters, order by rank and page, then ask for snippets.
/// </summary>
public interface IFullTextSearch
{
    /// <summary>The documents matching every term, as a query EF can join and filter further.</summary>
    IQueryable<SearchHit> Match(ReSomaDbContext db, SearchQuery query);

    /// <summary>Short HTML-safe extracts with the matched words in <c>&lt;mark&gt;</c>, for a page of results.</summary>
    Task<IReadOnlyDictionary<int, string>> SnippetsAsync(ReSomaDbContext db, SearchQuery query, IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken);
}
