using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Search;

namespace ReSoma.Bench;

/// <summary>
/// For <c>--diagnose</c>: times the expensive statements of the slow cases and candidate rewrites as raw SQL, on the
/// same file and the same SQLite as the app, so that a fix can be judged before anyone touches the app. None of the
/// rewrites is what the app runs.
/// </summary>
public sealed class Diagnosis(BenchDatabase database)
{
    private const int Runs = 5;

    private const string Rank = "bm25(SearchDocumentsFts, 10.0, 4.0, 1.0, 3.0, 6.0)";

    // The app's statements as EF writes them (see --explain), and what each rewrite changes.
    private static readonly (string Name, string Sql)[] Statements =
    [
        ("search count, as the app (FTS ⋈ SearchDocuments ⋈ Briefs)",
            $"SELECT count(*) FROM Briefs b JOIN SearchDocuments s ON b.Id = s.BriefId JOIN (SELECT rowid AS DocumentId, {Rank} AS Rank FROM SearchDocumentsFts WHERE SearchDocumentsFts MATCH $match) r ON s.Id = r.DocumentId WHERE b.Status = 'Published'"),
        ("search count, FTS alone",
            "SELECT count(*) FROM SearchDocumentsFts WHERE SearchDocumentsFts MATCH $match"),
        ("search count, FTS ⋈ SearchDocuments.IsPublic only",
            "SELECT count(*) FROM SearchDocumentsFts f JOIN SearchDocuments s ON s.Id = f.rowid WHERE SearchDocumentsFts MATCH $match AND s.IsPublic"),
        ("search count, as the app but capped at 1,001",
            $"SELECT count(*) FROM (SELECT 1 FROM Briefs b JOIN SearchDocuments s ON b.Id = s.BriefId JOIN (SELECT rowid AS DocumentId FROM SearchDocumentsFts WHERE SearchDocumentsFts MATCH $match) r ON s.Id = r.DocumentId WHERE b.Status = 'Published' LIMIT 1001)"),
        ("search page, as the app (rank every match, join, sort)",
            $"SELECT b.Id, s.Id FROM Briefs b JOIN SearchDocuments s ON b.Id = s.BriefId JOIN (SELECT rowid AS DocumentId, {Rank} AS Rank FROM SearchDocumentsFts WHERE SearchDocumentsFts MATCH $match) r ON s.Id = r.DocumentId WHERE b.Status = 'Published' ORDER BY r.Rank, b.PublishedOn DESC LIMIT 20"),
        ("search page, FTS alone: rank every match, no join",
            $"SELECT rowid FROM SearchDocumentsFts WHERE SearchDocumentsFts MATCH $match ORDER BY {Rank} LIMIT 20"),
        ("search page, best 200 by rank first, then join and sort",
            $"SELECT b.Id, s.Id FROM (SELECT rowid AS DocumentId, {Rank} AS Rank FROM SearchDocumentsFts WHERE SearchDocumentsFts MATCH $match ORDER BY Rank LIMIT 200) r JOIN SearchDocuments s ON s.Id = r.DocumentId JOIN Briefs b ON b.Id = s.BriefId WHERE b.Status = 'Published' ORDER BY r.Rank, b.PublishedOn DESC LIMIT 20"),
        ("filtered list count, as the app (area+series+year)",
            "SELECT count(*) FROM Briefs b JOIN Topics t ON b.TopicId = t.Id JOIN Cycles c ON t.CycleId = c.Id WHERE b.Status = 'Published' AND t.Area = 'Asylum' AND b.Series = 'PolicyOptionBrief' AND c.Year = 2020"),
        ("filtered list page, as the app",
            "SELECT b.Id FROM Briefs b JOIN Topics t ON b.TopicId = t.Id JOIN Cycles c ON t.CycleId = c.Id WHERE b.Status = 'Published' AND t.Area = 'Asylum' AND b.Series = 'PolicyOptionBrief' AND c.Year = 2020 ORDER BY b.PublishedOn DESC, b.Id DESC LIMIT 20"),
    ];

    private static readonly (string Name, string Pragmas)[] Settings =
    [
        ("app's pragmas", ""),
        ("+ 128 MB page cache", "PRAGMA cache_size = -131072;"),
        ("+ 1 GB mmap", "PRAGMA mmap_size = 1073741824;"),
    ];

    /// <summary>Prints the statements' times, then runs ANALYZE and measures every case again.</summary>
    public async Task RunAsync(CaseRunner runner, int size, IReadOnlyList<CaseResult> before)
    {
        const string Term = "policy";
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## Diagnosis at {size:N0} briefs (search term \"{Term}\"; median of {Runs} runs, ms)"));
        var statements = await TimeStatementsAsync(Term);
        var analyzeTook = await AnalyzeAsync();
        var analyzed = await TimeStatementsAsync(Term);
        Console.WriteLine();
        Console.WriteLine($"| statement | {string.Join(" | ", Settings.Select(s => s.Name))} | after ANALYZE |");
        Console.WriteLine("|---" + string.Concat(Enumerable.Repeat("|---:", Settings.Length + 1)) + "|");
        for (var i = 0; i < statements.Count; i++)
        {
            Console.WriteLine($"| {statements[i].Name} | {string.Join(" | ", statements[i].Ms.Select(Format))} | {Format(analyzed[i].Ms[0])} |");
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ANALYZE took {analyzeTook.TotalSeconds:F1} s. The cases again, on the analyzed file:"));
        Console.WriteLine();
        Console.WriteLine("| case | p95 ms as the app runs today | p95 ms after ANALYZE |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var benchCase in BenchCase.All)
        {
            var after = await runner.MeasureAsync(size, benchCase);
            var was = before.Single(r => r.Size == size && r.Case == benchCase.Name);
            Console.WriteLine($"| {benchCase.Name} | {Format(was.P95Ms)} | {Format(after.P95Ms)} |");
        }
    }

    /// <summary>Median milliseconds per statement (rows) and setting (columns).</summary>
    private async Task<List<(string Name, List<double> Ms)>> TimeStatementsAsync(string term)
    {
        var match = SqliteFullTextSearch.Expression(SearchQuery.Parse(term));
        var rows = Statements.Select(s => (s.Name, new List<double>())).ToList();
        foreach (var (_, pragmas) in Settings)
        {
            // A private connection, not from the pool, so a bigger cache does not leak into later measurements.
            await using var connection = new SqliteConnection(database.ConnectionString + ";Pooling=False");
            await connection.OpenAsync();
            await ExecuteAsync(connection, "PRAGMA foreign_keys = ON; " + pragmas);
            for (var i = 0; i < Statements.Length; i++)
            {
                var samples = new List<double>();
                for (var run = 0; run <= Runs; run++)
                {
                    var clock = Stopwatch.StartNew();
                    await using var command = connection.CreateCommand();
                    command.CommandText = Statements[i].Sql;
                    command.Parameters.AddWithValue("$match", match);
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                    }

                    if (run > 0)
                    {
                        samples.Add(clock.Elapsed.TotalMilliseconds);
                    }
                }

                rows[i].Item2.Add(Stats.Median(samples));
            }
        }

        return rows;
    }

    private async Task<TimeSpan> AnalyzeAsync()
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "ANALYZE;");
        return clock.Elapsed;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static string Format(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);
}
