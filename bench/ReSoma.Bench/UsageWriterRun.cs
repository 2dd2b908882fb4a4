using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Usage;

namespace ReSoma.Bench;

/// <summary>
/// The usage writer's throughput (<c>--usage-writer 100000</c>): that many uses queued at once (200 briefs, one new
/// visitor every 200 uses, so every use is a row of its own: the worst case), then flushed as the portal's background
/// loop does, with the portal's own classes on a migrated SQLite file. Then the same uses again, all already stored.
/// </summary>
public static class UsageWriterRun
{
    private const int Briefs = 200;
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    public static async Task RunAsync(BenchDatabase database, LibrarySeeder seeder, int uses)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (seeder.Count < Briefs)
        {
            await seeder.GrowToAsync(Briefs);
        }

        await using (var db = database.NewContext())
        {
            await db.UsageHits.ExecuteDeleteAsync();
        }

        var slugs = await ReadSlugsAsync(database);
        var services = new ServiceCollection()
            .AddScoped<ReSomaDbContext>(_ => database.NewContext())
            .BuildServiceProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [UsageQueue.CapacitySetting] = uses.ToString(invariant) }).Build();
        var queue = new UsageQueue(configuration, NullLogger<UsageQueue>.Instance);
        var writer = new UsageWriter(queue, new DailySalts(), RobotList.Shipped(), services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);

        var at = DateTimeOffset.UtcNow;
        var events = Enumerable.Range(0, uses)
            .Select(n => new UsageEvent(UsageKinds.Brief, slugs[n % slugs.Count], UsageMetric.View, at, $"10.{n / Briefs / 65536 % 256}.{n / Briefs / 256 % 256}.{n / Briefs % 256}", Browser))
            .ToList();

        Console.WriteLine();
        Console.WriteLine("| usage writer | uses | rows added | seconds | uses/s |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        TimeRobotList();
        foreach (var round in new[] { "new uses", "same uses again (all stored)" })
        {
            var enqueue = Stopwatch.StartNew();
            foreach (var use in events)
            {
                queue.TryEnqueue(use);
            }

            enqueue.Stop();
            var flush = Stopwatch.StartNew();
            var added = await writer.FlushAsync();
            flush.Stop();
            Console.WriteLine(string.Create(invariant,
                $"| {round} | {uses:N0} | {added:N0} | {flush.Elapsed.TotalSeconds:F2} | {uses / flush.Elapsed.TotalSeconds:N0} |"));
            Console.WriteLine(string.Create(invariant, $"|   queueing them (the pages' share) | {uses:N0} | – | {enqueue.Elapsed.TotalSeconds:F3} | {uses / enqueue.Elapsed.TotalSeconds:N0} |"));
        }
    }

    /// <summary>The robots list: building it, and matching agents it has not seen (each distinct agent is matched once).</summary>
    public static void TimeRobotList(int agents = 2_000)
    {
        var invariant = CultureInfo.InvariantCulture;
        var build = Stopwatch.StartNew();
        var robots = RobotList.Shipped();
        robots.IsRobot(Browser);
        build.Stop();
        var match = Stopwatch.StartNew();
        var found = Enumerable.Range(0, agents).Count(n => robots.IsRobot($"{Browser} Build/{n}"));
        match.Stop();
        Console.WriteLine(string.Create(invariant,
            $"| robots list: built and first match | {robots.Patterns.Count:N0} patterns | – | {build.Elapsed.TotalSeconds:F2} | – |"));
        Console.WriteLine(string.Create(invariant,
            $"| robots list: new browser agents | {agents:N0} | {found} robots | {match.Elapsed.TotalSeconds:F2} | {agents / match.Elapsed.TotalSeconds:N0} |"));
    }

    private static async Task<List<string>> ReadSlugsAsync(BenchDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Published).OrderBy(b => b.Id).Take(Briefs).Select(b => b.Slug).ToListAsync();
    }
}
