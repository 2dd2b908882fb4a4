using System.Globalization;

namespace ReSoma.Bench;

public sealed record SeedResult(int Size, TimeSpan Took, int Added, long FileBytes);

/// <summary>Markdown tables, so a run can be pasted into the README as it is.</summary>
public static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(IReadOnlyList<SeedResult> seeds, IReadOnlyList<CaseResult> results)
    {
        Console.WriteLine();
        Console.WriteLine("| briefs | seeding step | briefs/s | database file |");
        Console.WriteLine("|---:|---:|---:|---:|");
        foreach (var s in seeds)
        {
            Console.WriteLine(string.Create(Invariant,
                $"| {s.Size:N0} | {s.Took.TotalSeconds:F1} s (+{s.Added:N0}) | {s.Added / s.Took.TotalSeconds:N0} | {s.FileBytes / 1024.0 / 1024.0:F1} MB |"));
        }

        Console.WriteLine();
        Console.WriteLine("| briefs | case | median ms | p95 ms | max ms | runs | results |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(Invariant,
                $"| {r.Size:N0} | {r.Case} | {r.MedianMs:F1} | {r.P95Ms:F1} | {r.MaxMs:F1} | {r.Runs} | {r.Total:N0} |"));
        }

        var sizes = results.Select(r => r.Size).Distinct().Order().ToList();
        if (sizes.Count < 2)
        {
            return;
        }

        var (small, large) = (sizes[0], sizes[^1]);
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant, $"Growth from {small:N0} to {large:N0} briefs ({(double)large / small:F0}× the data):"));
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant, $"| case | p95 ms at {small:N0} | p95 ms at {large:N0} | ratio |"));
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var name in results.Select(r => r.Case).Distinct())
        {
            var a = results.Single(r => r.Size == small && r.Case == name);
            var b = results.Single(r => r.Size == large && r.Case == name);
            Console.WriteLine(string.Create(Invariant, $"| {name} | {a.P95Ms:F1} | {b.P95Ms:F1} | {b.P95Ms / a.P95Ms:F1}× |"));
        }
    }

    /// <summary>Other work on the machine skews every figure; the load average shows whether there was any.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load average unknown";

    public static void PrintCommands(string caseName, double wallMs, IReadOnlyList<(RecordedCommand Command, IReadOnlyList<string> Plan)> commands)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant,
            $"### {caseName}: {wallMs:F1} ms for the request, {commands.Sum(c => c.Command.Duration.TotalMilliseconds):F1} ms of it in {commands.Count} SQL commands"));
        foreach (var (command, plan) in commands)
        {
            Console.WriteLine();
            Console.WriteLine(string.Create(Invariant, $"-- {command.Duration.TotalMilliseconds:F1} ms, {command.Rows} rows"));
            Console.WriteLine(command.Sql);
            foreach (var (name, value) in command.Parameters)
            {
                Console.WriteLine(string.Create(Invariant, $"--   {name} = {value}"));
            }

            Console.WriteLine("-- plan:");
            foreach (var line in plan)
            {
                Console.WriteLine("--" + line);
            }
        }
    }
}
