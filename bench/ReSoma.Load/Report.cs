using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReSoma.Load;

/// <summary>The markdown tables the run prints (and bench/README.md quotes), the JSON file and the before/after table.</summary>
public static class Report
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Tables(RunResult run)
    {
        var text = new StringBuilder();
        if (run.Sizes.Count > 0)
        {
            text.AppendLine("| briefs | page | median rps | ratio to ceiling | p50 ms | p99 ms | non-2xx | errors |");
            text.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|");
        }

        foreach (var size in run.Sizes)
        {
            foreach (var page in size.Pages)
            {
                var status = page.Status == 200 ? "" : $" (answered {page.Status})";
                // wrk counts only the requests that completed within the run: a page slower than that shows none.
                var none = page.Pairs.All(p => p.Page.Requests == 0);
                var (p50, p99) = none ? ("none done", "none done") : (Ms(page.P50Ms), Ms(page.P99Ms));
                text.AppendLine(Line($"| {size.Briefs:N0} | {page.Name}{status} | {page.MedianRps:N0} | {Percent(page.Ratio)} | {p50} | {p99} | {page.Non2xx:N0} | {page.Errors:N0} |"));
            }
        }

        if (run.ScaleOut is { Count: > 0 } scaleOut)
        {
            text.AppendLine();
            text.AppendLine("| scale-out (demo content, one SQLite file, one Redis) | median rps | ratio to ceiling | p50 ms | p99 ms | non-2xx | errors |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var page in scaleOut)
            {
                text.AppendLine(Line($"| {page.Name} | {page.MedianRps:N0} | {Percent(page.Ratio)} | {Ms(page.P50Ms)} | {Ms(page.P99Ms)} | {page.Non2xx:N0} | {page.Errors:N0} |"));
            }

            if (scaleOut.Count == 2)
            {
                text.AppendLine(Line($"| two portals ÷ one (ratios to the ceiling) | | {scaleOut[1].Ratio / scaleOut[0].Ratio:F2}× | | | | |"));
            }
        }

        var registrations = run.Sizes.Where(s => s.Registration is not null).ToList();
        if (registrations.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| briefs | people × consultations | POSTs/s | ratio to ceiling | new registrations/s | p99 ms | 3xx | 4xx | non-2xx | 5xx | errors | confirmed + waitlisted | overbooked pools |");
            text.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
            foreach (var size in registrations)
            {
                var r = size.Registration!;
                text.AppendLine(Line($"| {size.Briefs:N0} | {r.People} × {r.Consultations} | {r.PostsPerSecond:N0} | {Percent(r.Pair.Ratio)} | {r.RegistrationsPerSecond:N1} | {r.Pair.Page.P99Ms:F1} | {r.Status3xx:N0} | {r.Status4xx:N0} | {r.Pair.Page.Non2xx:N0} | {r.Status5xx:N0} | {r.Pair.Page.Errors:N0} | {r.Confirmed:N0} + {r.Waitlisted:N0} | {r.OverbookedPools} |"));
            }
        }

        var memory = run.Sizes.Where(s => s.Memory is not null).ToList();
        if (memory.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| briefs | database | resident (VmRSS) | peak (VmHWM) |");
            text.AppendLine("|---:|---:|---:|---:|");
            foreach (var size in memory)
            {
                text.AppendLine(Line($"| {size.Briefs:N0} | {size.DatabaseBytes / 1e6:N1} MB | {size.Memory!.ResidentKb / 1024.0:N0} MB | {size.Memory.PeakKb / 1024.0:N0} MB |"));
            }

            if (memory.Count > 1)
            {
                var (first, last) = (memory[0], memory[^1]);
                text.AppendLine(Line($"\nMemory growth {last.Briefs:N0}/{first.Briefs:N0} briefs: resident {(double)last.Memory!.ResidentKb / first.Memory!.ResidentKb:F2}×, peak {(double)last.Memory.PeakKb / first.Memory.PeakKb:F2}×"));
            }
        }

        return text.ToString();
    }

    /// <summary>Before (an earlier JSON) and after (this run), page by page: ratio to the ceiling and p99.</summary>
    public static string Compare(RunResult before, RunResult after)
    {
        var text = new StringBuilder();
        text.AppendLine(Line($"Before: {before.StartedUtc:yyyy-MM-dd HH:mm} UTC, commit {before.Machine.Commit}; after: {after.StartedUtc:yyyy-MM-dd HH:mm} UTC, commit {after.Machine.Commit}"));
        text.AppendLine();
        text.AppendLine("| briefs | page | ratio before | ratio after | change | p99 ms before | p99 ms after |");
        text.AppendLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var size in after.Sizes)
        {
            var earlier = before.Sizes.FirstOrDefault(s => s.Briefs == size.Briefs);
            foreach (var page in size.Pages)
            {
                if (earlier?.Pages.FirstOrDefault(p => p.Name == page.Name) is { } old)
                {
                    text.AppendLine(Line($"| {size.Briefs:N0} | {page.Name} | {Percent(old.Ratio)} | {Percent(page.Ratio)} | {page.Ratio / old.Ratio:F2}× | {old.P99Ms:F1} | {page.P99Ms:F1} |"));
                }
            }
        }

        return text.ToString();
    }

    public static string ToJson(RunResult run) => JsonSerializer.Serialize(run, Json);

    public static RunResult FromJson(string json) => JsonSerializer.Deserialize<RunResult>(json, Json) ?? throw new InvalidOperationException("An empty JSON file.");

    /// <summary>A share of the ceiling: pages run at a fraction of a percent of it, so small shares keep two digits.</summary>
    private static string Percent(double ratio) =>
        (ratio * 100).ToString(ratio >= 0.01 ? "0.0" : ratio >= 0.001 ? "0.00" : "0.000", CultureInfo.InvariantCulture) + " %";

    private static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);

    private static string Line(FormattableString line) => line.ToString(CultureInfo.InvariantCulture);
}
