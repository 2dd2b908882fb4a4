using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>One of the engine's best matches, and whether it passes what the page asks for (public, filters).</summary>
public sealed class SearchCandidate
{
    public int DocumentId { get; init; }
    public double Rank { get; init; }
    public string Kind { get; init; } = "";
    public DateTimeOffset? PublishedAt { get; init; }
    public bool Passes { get; init; }
}

/// <summary>
/// The best-ranked matches of a search, chosen by the full-text engine before anything is joined to them
/// (docs/decisions/0025). Joining, filtering and sorting every match cost a common word at 100,000 briefs half a
/// second; within the best <see cref="Limit"/> it costs about what a rare word does. The candidates that pass the
/// filters are exactly the first results of the full, ranked list; <see cref="Holds"/> says when a page needs more.
/// </summary>
public sealed class SearchCandidates
{
    /// <summary>How many matches are ranked and joined: as many as a search can page through (50 pages of 20).</summary>
    public const int Limit = 1_000;

    private SearchCandidates(IReadOnlyList<SearchCandidate> passing, bool engineHadMore)
    {
        Passing = passing;
        EngineHadMore = engineHadMore;
    }

    /// <summary>The candidates that pass, best first (rank, then newest, then by id so that pages are stable).</summary>
    public IReadOnlyList<SearchCandidate> Passing { get; }

    /// <summary>The engine matched more than <see cref="Limit"/> documents: some matches are not among the candidates.</summary>
    public bool EngineHadMore { get; }

    /// <summary>Every match that passes is a candidate: counts and pages from the candidates are exact.</summary>
    public bool Complete => !EngineHadMore;

    /// <summary>More than <see cref="Limit"/> candidates pass: a count that stops at the limit says "more than".</summary>
    public bool Overflows => Passing.Count > Limit;

    public static async Task<SearchCandidates> LoadAsync(
        IFullTextSearch search, ReSomaDbContext db, SearchQuery query, IQueryable<SearchDocument> passing, CancellationToken cancellationToken)
    {
        var rows = await Query(search, db, query, passing).ToListAsync(cancellationToken);
        var best = rows.Where(r => r.Passes)
            .OrderBy(r => r.Rank).ThenByDescending(r => r.PublishedAt).ThenBy(r => r.DocumentId)
            .ToList();
        return new SearchCandidates(best, rows.Count > Limit);
    }

    /// <summary>
    /// One more than <see cref="Limit"/> from the engine (so that it says whether there were more), each looked up in
    /// its document after the engine chose it and tested against <paramref name="passing"/>: one lookup per candidate.
    /// </summary>
    /// <remarks>The document is read in sub-queries by its key rather than joined: the engine's candidates are then the
    /// only table the statement walks, whatever the planner's statistics (with a join, SQLite scanned every search
    /// document of a small library and probed the candidates instead).</remarks>
    public static IQueryable<SearchCandidate> Query(IFullTextSearch search, ReSomaDbContext db, SearchQuery query, IQueryable<SearchDocument> passing) =>
        from h in search.Best(db, query, Limit + 1)
        select new SearchCandidate
        {
            DocumentId = h.DocumentId,
            Rank = h.Rank,
            Kind = db.SearchDocuments.Where(d => d.Id == h.DocumentId).Select(d => d.Kind).FirstOrDefault() ?? "",
            PublishedAt = db.SearchDocuments.Where(d => d.Id == h.DocumentId).Select(d => d.PublishedAt).FirstOrDefault(),
            Passes = passing.Any(p => p.Id == h.DocumentId),
        };

    /// <summary>
    /// Whether the rows <paramref name="skip"/>..<paramref name="skip"/>+<paramref name="take"/> of the full list are
    /// all candidates. They are unless the engine had more and too few candidates passed the filters: a selective
    /// filter over a common word. Then the page comes from every match instead, so a filter never hides a match.
    /// </summary>
    public bool Holds(int skip, int take) => Holds(Passing.Count, skip, take);

    /// <summary>The same for a list narrowed further in memory to <paramref name="listed"/> of the passing candidates.</summary>
    public bool Holds(int listed, int skip, int take) => Complete || listed > Limit || skip + take <= listed;
}
