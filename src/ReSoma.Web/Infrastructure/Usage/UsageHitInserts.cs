using System.Text;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Usage;

/// <summary>One row of <c>UsageHits</c> as the writer inserts it; equal rows are the same use.</summary>
public readonly record struct HitRow(string Kind, int ItemId, string Metric, DateTime Hour, string Visitor);

/// <summary>
/// Inserts hits, leaving out those already stored under the unique key (item, metric, hour, visitor), so two instances
/// or two batches that see the same use store it once. SQLite: <c>INSERT … ON CONFLICT DO NOTHING</c>. SQL Server:
/// <c>INSERT … SELECT … WHERE NOT EXISTS</c> under key-range locks; should two instances still collide (a duplicate
/// key, or a deadlock between their range locks), the chunk is inserted again row by row, skipping the duplicates.
/// </summary>
public static class UsageHitInserts
{
    private const int RowsPerCommand = 200; // 1,000 parameters: under SQL Server's 2,100 and SQLite's 32,766
    private const string Columns = "\"ItemKind\", \"ItemId\", \"Metric\", \"Hour\", \"Visitor\"";

    /// <summary>Returns the number of rows actually added.</summary>
    public static async Task<int> InsertAsync(ReSomaDbContext db, IReadOnlyCollection<HitRow> rows, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var chunk in rows.Chunk(RowsPerCommand))
        {
            added += db.Database.IsSqlite()
                ? await db.Database.ExecuteSqlRawAsync(SqliteInsert(chunk.Length), Values(chunk), cancellationToken)
                : await SqlServerInsertAsync(db, chunk, cancellationToken);
        }

        return added;
    }

    private static async Task<int> SqlServerInsertAsync(ReSomaDbContext db, HitRow[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.ExecuteSqlRawAsync(SqlServerInsert(chunk.Length), Values(chunk), cancellationToken);
        }
        catch (SqlException e) when (IsCollision(e) && chunk.Length > 1)
        {
            var added = 0;
            foreach (var row in chunk)
            {
                try
                {
                    added += await db.Database.ExecuteSqlRawAsync(SqlServerInsert(1), Values([row]), cancellationToken);
                }
                catch (SqlException one) when (IsCollision(one))
                {
                    // Stored meanwhile by another instance: counted once, by them.
                }
            }

            return added;
        }
    }

    // 2601 and 2627: duplicate key in a unique index or constraint; 1205: chosen as a deadlock victim.
    private static bool IsCollision(SqlException e) => e.Number is 2601 or 2627 or 1205;

    private static object[] Values(IEnumerable<HitRow> rows) =>
        rows.SelectMany(r => new object[] { r.Kind, r.ItemId, r.Metric, r.Hour, r.Visitor }).ToArray();

    private static string ValueRows(int count)
    {
        var sql = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var p = i * 5;
            sql.Append(i == 0 ? "" : ", ").Append($"({{{p}}}, {{{p + 1}}}, {{{p + 2}}}, {{{p + 3}}}, {{{p + 4}}})");
        }

        return sql.ToString();
    }

    private static string SqliteInsert(int count) =>
        $"INSERT INTO \"UsageHits\" ({Columns}) VALUES {ValueRows(count)} ON CONFLICT DO NOTHING";

    private static string SqlServerInsert(int count) =>
        $"INSERT INTO \"UsageHits\" ({Columns}) SELECT v.\"ItemKind\", v.\"ItemId\", v.\"Metric\", v.\"Hour\", v.\"Visitor\" " +
        $"FROM (VALUES {ValueRows(count)}) AS v ({Columns}) " +
        "WHERE NOT EXISTS (SELECT 1 FROM \"UsageHits\" AS h WITH (UPDLOCK, HOLDLOCK) WHERE h.\"ItemKind\" = v.\"ItemKind\" " +
        "AND h.\"ItemId\" = v.\"ItemId\" AND h.\"Metric\" = v.\"Metric\" AND h.\"Hour\" = v.\"Hour\" AND h.\"Visitor\" = v.\"Visitor\")";
}
