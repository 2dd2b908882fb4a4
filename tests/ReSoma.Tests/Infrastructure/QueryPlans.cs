using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace ReSoma.Tests.Infrastructure;

/// <summary>One step of SQLite's plan for a statement, with the table its alias stands for (null for a subquery).</summary>
public sealed record PlanStep(string Detail, string? Table);

/// <summary>Runs <c>EXPLAIN QUERY PLAN</c> on a command the portal sent, with the same parameters, on the portal's file.</summary>
public static partial class QueryPlans
{
    public static IReadOnlyList<PlanStep> Explain(string databaseFile, SqlCommandRecord command)
    {
        var tables = AliasedTables().Matches(command.Text).ToDictionary(m => m.Groups["alias"].Value, m => m.Groups["table"].Value);
        using var connection = SqliteFile.Open(databaseFile);
        using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        using var reader = explain.ExecuteReader();
        var steps = new List<PlanStep>();
        while (reader.Read())
        {
            var detail = reader.GetString(3);
            var alias = StepTarget().Match(detail) is { Success: true } m ? m.Groups["alias"].Value : null;
            steps.Add(new PlanStep(detail, alias is not null && tables.TryGetValue(alias, out var table) ? table : null));
        }

        return steps;
    }

    /// <summary>A full scan of a table: <c>SCAN b</c>, not <c>SCAN b USING INDEX ...</c> nor a virtual table's own index.</summary>
    public static bool IsFullScan(PlanStep step) =>
        step.Table is not null && step.Detail.StartsWith("SCAN ", StringComparison.Ordinal) && !step.Detail.Contains(" USING ", StringComparison.Ordinal)
        && !step.Detail.Contains("VIRTUAL TABLE", StringComparison.Ordinal);

    [GeneratedRegex("""(?:FROM|JOIN)\s+"(?<table>\w+)"\s+AS\s+"(?<alias>\w+)"|(?:FROM|JOIN)\s+(?<table>SearchDocumentsFts)\b(?<alias>)""")]
    private static partial Regex AliasedTables();

    [GeneratedRegex("""^(?:SCAN|SEARCH) (?<alias>\w+)""")]
    private static partial Regex StepTarget();
}
