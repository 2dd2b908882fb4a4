using System.Diagnostics;
using ReSoma.Web.Features.Briefs;
using ReSoma.Web.Infrastructure.Search;

namespace ReSoma.Bench;

public sealed record CaseResult(int Size, string Case, double MedianMs, double P95Ms, double MaxMs, int Runs, int Total);

/// <summary>Runs a case as a request would: a new DbContext and the app's own query classes each time.</summary>
public sealed class CaseRunner(BenchDatabase database, BenchOptions options)
{
    private const int MinimumRuns = 5;

    // A singleton in the app (SearchSetup), so one here too.
    private readonly SqliteFullTextSearch _search = new();

    public async Task<CaseResult> MeasureAsync(int size, BenchCase benchCase)
    {
        var total = 0;
        for (var i = 0; i < options.Warmup; i++)
        {
            total = (await RunAsync(benchCase.Filters)).Total;
        }

        var samples = new List<double>(options.Iterations);
        var budget = Stopwatch.StartNew();
        while (samples.Count < options.Iterations && (samples.Count < MinimumRuns || budget.Elapsed < options.BudgetPerCase))
        {
            var clock = Stopwatch.StartNew();
            var page = await RunAsync(benchCase.Filters);
            samples.Add(clock.Elapsed.TotalMilliseconds);
            total = page.Total;
        }

        return new CaseResult(size, benchCase.Name, Stats.Median(samples), Stats.Percentile(samples, 95), samples.Max(), samples.Count, total);
    }

    public async Task<BriefListPage> RunAsync(BriefFilters filters, QueryRecorder? recorder = null)
    {
        await using var db = recorder is null ? database.NewContext() : database.NewContext(recorder);
        var query = new BriefListQuery(db, _search, new BriefFilterResolver(db));
        return await query.RunAsync(filters);
    }
}
