using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>
/// SQL Server Full-Text Search over <c>SearchDocuments</c> (catalog and index created by the SQL Server migration).
/// Inflections come from FORMSOF(INFLECTIONAL); snippets are cut in C#, as SQL Server has no snippet function.
/// </summary>
public sealed class SqlServerFullTextSearch : IFullTextSearch
{
    public IQueryable<SearchHit> Match(ReSomaDbContext db, SearchQuery query)
    {
        var condition = Condition(query);
        // CONTAINSTABLE ranks higher-is-better; negated so that lower is better, as on SQLite.
        return db.Database.SqlQuery<SearchHit>(
            $"SELECT [KEY] AS DocumentId, CAST(-[RANK] AS float) AS Rank FROM CONTAINSTABLE(SearchDocuments, (Title, Summary, Body, Authors, Keywords), {condition})");
    }

    public IQueryable<SearchHit> Best(ReSomaDbContext db, SearchQuery query, int limit)
    {
        var sql = "SELECT [KEY] AS DocumentId, CAST(-[RANK] AS float) AS Rank FROM CONTAINSTABLE(SearchDocuments, (Title, Summary, Body, Authors, Keywords), {0}, "
            + TopN(limit) + ")";
        return db.Database.SqlQueryRaw<SearchHit>(sql, Condition(query));
    }

    public IQueryable<SearchHit> MatchTitles(ReSomaDbContext db, SearchQuery query, int limit)
    {
        var sql = "SELECT [KEY] AS DocumentId, CAST(-[RANK] AS float) AS Rank FROM CONTAINSTABLE(SearchDocuments, Title, {0}, " + TopN(limit) + ")";
        return db.Database.SqlQueryRaw<SearchHit>(sql, Condition(query));
    }

    // CONTAINSTABLE's top_n_by_rank bounds the matches the engine ranks and hands back, before EF joins anything to
    // them. It is written as a number (our own int, never input): the documentation shows it as a literal. The
    // condition stays a parameter.
    private static string TopN(int limit) => limit.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IReadOnlyDictionary<int, string>> SnippetsAsync(ReSomaDbContext db, SearchQuery query, IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken)
    {
        var documents = await db.SearchDocuments.AsNoTracking()
            .Where(d => documentIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Summary, d.Body })
            .ToListAsync(cancellationToken);
        return documents.ToDictionary(d => d.Id, d => Snippets.Cut(d.Summary + " " + d.Body, query));
    }

    /// <summary>
    /// Every clause must match and no excluded term may: <c>(a) AND (b OR c) AND NOT (d)</c>. A word is
    /// FORMSOF(INFLECTIONAL) of each form of its family, a prefix <c>"integrat*"</c>, a phrase <c>"safe third country"</c>.
    /// Every term is quoted, so CONTAINS never sees NEAR, ISABOUT, a column or a bracket from the search box.
    /// </summary>
    public static string Condition(SearchQuery query) =>
        string.Join(" AND ", query.Clauses.Select(c => "(" + string.Join(" OR ", c.Terms.Select(Term)) + ")"))
        + string.Concat(query.Excluded.Select(t => " AND NOT (" + Term(t) + ")"));

    private static string Term(SearchTerm term) => term.Kind switch
    {
        SearchTermKind.Phrase => Quote(term.Text),
        SearchTermKind.Prefix => Quote(term.Text + "*"),
        _ => string.Join(" OR ", term.Forms.Select(f => $"FORMSOF(INFLECTIONAL, {Quote(f)})")
            .Concat(term.AlsoPrefix ? [Quote(term.Text + "*")] : [])),
    };

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
