using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>
/// FTS5 with the Porter tokenizer, over the table <c>SearchDocumentsFts</c> that triggers keep in step with
/// <c>SearchDocuments</c> (see the SQLite migration that creates them).
/// </summary>
public sealed class SqliteFullTextSearch : IFullTextSearch
{
    private const char MarkStart = '\u0002';
    private const char MarkEnd = '\u0003';

    public IQueryable<SearchHit> Match(ReSomaDbContext db, SearchQuery query)
    {
        var expression = Expression(query);
        // bm25 weights follow the FTS columns: Title, Summary, Body, Authors, Keywords. A hit in the title counts most.
        return db.Database.SqlQuery<SearchHit>(
            $"SELECT rowid AS DocumentId, bm25(SearchDocumentsFts, 10.0, 4.0, 1.0, 3.0, 6.0) AS Rank FROM SearchDocumentsFts WHERE SearchDocumentsFts MATCH {expression}");
    }

    public IQueryable<SearchHit> Best(ReSomaDbContext db, SearchQuery query, int limit)
    {
        var expression = Expression(query);
        // FTS5 still scores every match (bm25 needs each one's counts), but reads nothing outside its index for that,
        // and the LIMIT keeps only the best in SQLite's sorter. bm25() sorted here cost about a third less than the
        // same weights as FTS5's own `rank` (its ORDER BY rank runs a nested statement), measured at 100,000 briefs.
        return db.Database.SqlQuery<SearchHit>(
            $"SELECT rowid AS DocumentId, bm25(SearchDocumentsFts, 10.0, 4.0, 1.0, 3.0, 6.0) AS Rank FROM SearchDocumentsFts WHERE SearchDocumentsFts MATCH {expression} ORDER BY Rank LIMIT {limit}");
    }

    public IQueryable<SearchHit> MatchTitles(ReSomaDbContext db, SearchQuery query, int limit)
    {
        // A column filter around the whole expression; rowid order needs no score, and the limit stops FTS5 early.
        var expression = "{Title} : (" + Expression(query) + ")";
        return db.Database.SqlQuery<SearchHit>(
            $"SELECT rowid AS DocumentId, CAST(-rowid AS REAL) AS Rank FROM SearchDocumentsFts WHERE SearchDocumentsFts MATCH {expression} ORDER BY rowid DESC LIMIT {limit}");
    }

    public async Task<IReadOnlyDictionary<int, string>> SnippetsAsync(ReSomaDbContext db, SearchQuery query, IReadOnlyCollection<int> documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Count == 0 || query.IsEmpty)
        {
            return new Dictionary<int, string>();
        }

        var ids = "[" + string.Join(',', documentIds.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]";
        var expression = Expression(query);
        var rows = await db.Database.SqlQuery<SnippetRow>(
                $"SELECT rowid AS Id, snippet(SearchDocumentsFts, -1, char(2), char(3), '…', 28) AS Text FROM SearchDocumentsFts WHERE SearchDocumentsFts MATCH {expression} AND rowid IN (SELECT value FROM json_each({ids}))")
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => Snippets.ToHtml(r.Text, MarkStart, MarkEnd));
    }

    /// <summary>
    /// Every clause must match and no excluded term may: <c>(a) AND (b OR c) NOT (d)</c>. A word matches any form of
    /// its family; a prefix is <c>"integrat"*</c> or a stem it passed (<see cref="PrefixStems"/>). Every term is quoted,
    /// so it is only ever a word to FTS5, never an operator, a column filter or a NEAR group.
    /// </summary>
    public static string Expression(SearchQuery query)
    {
        var required = string.Join(" AND ", query.Clauses.Select(c => "(" + string.Join(" OR ", c.Terms.Select(Term)) + ")"));
        return query.Excluded.Count == 0
            ? required
            : "(" + required + ") NOT (" + string.Join(" OR ", query.Excluded.Select(Term)) + ")";
    }

    private static string Term(SearchTerm term) => term.Kind switch
    {
        SearchTermKind.Phrase => Quote(term.Text),
        SearchTermKind.Prefix => string.Join(" OR ", Prefix(term.Text)),
        _ => string.Join(" OR ", term.Forms.Select(Quote).Concat(term.AlsoPrefix ? Prefix(term.Text) : [])),
    };

    private static IEnumerable<string> Prefix(string text) => PrefixStems.Of(text).Select(Quote).Prepend(Quote(text) + "*");

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed class SnippetRow
    {
        public int Id { get; set; }
        public string Text { get; set; } = "";
    }
}
