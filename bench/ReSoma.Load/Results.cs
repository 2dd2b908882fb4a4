namespace ReSoma.Load;

/// <summary>One ceiling-then-page pair: both wrk runs and the page's requests/s as a share of the ceiling's.</summary>
public sealed record PairResult(WrkResult Ceiling, WrkResult Page)
{
    public double Ratio => Ceiling.RequestsPerSecond > 0 ? Page.RequestsPerSecond / Ceiling.RequestsPerSecond : double.NaN;
}

/// <summary>A page at one size: the status one plain GET got first, then the medians over the pairs (non-2xx and
/// errors added up).</summary>
public sealed record PageResult(string Name, string Path, bool SignedIn, int Status, IReadOnlyList<PairResult> Pairs)
{
    public double MedianRps => Median(Pairs.Select(p => p.Page.RequestsPerSecond));
    public double Ratio => Median(Pairs.Select(p => p.Ratio));
    public double P50Ms => Median(Pairs.Select(p => p.Page.P50Ms));
    public double P99Ms => Median(Pairs.Select(p => p.Page.P99Ms));
    public long Non2xx => Pairs.Sum(p => p.Page.Non2xx);
    public long Errors => Pairs.Sum(p => p.Page.Errors);

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>The seat registration run: wrk's POSTs, the status classes its script counted, and what the file shows.</summary>
public sealed record RegistrationResult(
    int People,
    int Consultations,
    double SignInSeconds,
    PairResult Pair,
    long NewRegistrations,
    long Confirmed,
    long Waitlisted,
    int OverbookedPools)
{
    public double PostsPerSecond => Pair.Page.RequestsPerSecond;
    public double RegistrationsPerSecond { get; init; }
    public long Status2xx => Pair.Page.Script.GetValueOrDefault("s2xx");
    public long Status3xx => Pair.Page.Script.GetValueOrDefault("s3xx");
    public long Status4xx => Pair.Page.Script.GetValueOrDefault("s4xx");
    public long Status5xx => Pair.Page.Script.GetValueOrDefault("s5xx");
}

/// <summary>The portal's memory right after the load of one size, from /proc/PID/status.</summary>
public sealed record MemoryResult(long ResidentKb, long PeakKb)
{
    public static MemoryResult? Of(int? processId)
    {
        if (processId is null || !File.Exists($"/proc/{processId}/status"))
        {
            return null;
        }

        var lines = File.ReadAllLines($"/proc/{processId}/status");
        long Kb(string key) => lines.Where(l => l.StartsWith(key + ":", StringComparison.Ordinal))
            .Select(l => long.Parse(l[(key.Length + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        return new MemoryResult(Kb("VmRSS"), Kb("VmHWM"));
    }
}

public sealed record SizeResult(
    int Briefs,
    double SeedSeconds,
    long DatabaseBytes,
    double StartSeconds,
    IReadOnlyList<PageResult> Pages,
    RegistrationResult? Registration,
    MemoryResult? Memory);

public sealed record MachineInfo(int Cores, string Os, string DotNet, string Commit, string LoadAverageStart, string LoadAverageEnd);

/// <param name="ScaleOut">The <c>--scale-out</c> run: the cached briefs list through nginx to one portal, then to two.</param>
public sealed record RunResult(DateTime StartedUtc, MachineInfo Machine, LoadOptions Options, string Portal, IReadOnlyList<SizeResult> Sizes, double TotalSeconds, IReadOnlyList<PageResult>? ScaleOut = null);
