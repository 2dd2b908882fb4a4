using System.Diagnostics;
using System.Globalization;

namespace ReSoma.Bench;

/// <summary>For <c>--explain</c>: one request per case with each SQL command's time, rows and SQLite's plan.</summary>
public static class Explain
{
    public static async Task RunAsync(BenchDatabase database, CaseRunner runner, int size)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## SQL of one request per case at {size:N0} briefs"));
        foreach (var benchCase in BenchCase.All)
        {
            var recorder = new QueryRecorder();
            var clock = Stopwatch.StartNew();
            await runner.RunAsync(benchCase.Filters, recorder);
            var wallMs = clock.Elapsed.TotalMilliseconds;
            var commands = new List<(RecordedCommand, IReadOnlyList<string>)>();
            foreach (var command in recorder.Commands)
            {
                commands.Add((command, await database.QueryPlanAsync(command)));
            }

            Report.PrintCommands(benchCase.Name, wallMs, commands);
        }
    }
}
