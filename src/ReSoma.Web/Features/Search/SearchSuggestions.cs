using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Search;

namespace ReSoma.Web.Features.Search;

/// <summary>A public page whose title matches what is typed so far.</summary>
public sealed record SearchSuggestionItem(string Title, string Path, string Kind);

/// <summary>
/// Titles of public documents as one types: the search box's words, the last one also as the start of a word. One
/// query, bounded before any ranking, since it runs at every keystroke.
/// </summary>
public sealed class SearchSuggestions(ReSomaDbContext db, IFullTextSearch search)
{
    public const int MaxItems = 8;

    /// <summary>Title matches looked at: enough that drafts among them still leave <see cref="MaxItems"/> public ones.</summary>
    private const int Candidates = 40;

    public async Task<IReadOnlyList<SearchSuggestionItem>> RunAsync(string? q, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(q);
        if (query.IsEmpty)
        {
            return [];
        }

        var rows = await (from d in db.SearchDocuments.AsNoTracking()
                          join h in search.MatchTitles(db, query, Candidates) on d.Id equals h.DocumentId
                          where d.IsPublic
                          orderby h.Rank, d.Id descending
                          select new { d.Title, d.Path, d.Kind })
            .Take(MaxItems)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SearchSuggestionItem(r.Title, r.Path, SearchKinds.DisplayName(r.Kind))).ToList();
    }
}
