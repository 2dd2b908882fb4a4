using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Bench;

/// <summary>
/// Many people registering for the same seats at once, through the app's <see cref="SeatAllocator"/>, each on its own
/// DbContext (as separate requests would be). Prints throughput, latency and whether the seats came out right.
/// </summary>
public static class RegistrationRun
{
    public static async Task RunAsync(int people, int concurrency, int seats)
    {
        var file = Path.Combine(Path.GetTempPath(), $"resoma-bench-seats-{Guid.NewGuid():N}.db");
        var connection = new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 30 }.ToString();
        DbContextOptions<SqliteReSomaDbContext> Options() => new DbContextOptionsBuilder<SqliteReSomaDbContext>()
            .UseSqlite(connection).AddInterceptors(new SqlitePragmas()).Options;
        try
        {
            int poolId;
            List<string> users;
            await using (var db = new SqliteReSomaDbContext(Options()))
            {
                await db.Database.MigrateAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
                var pool = new SeatPool { Capacity = seats };
                db.SeatPools.Add(pool);
                users = Enumerable.Range(1, people).Select(i => $"bench-user-{i:00000}").ToList();
                foreach (var id in users)
                {
                    db.Users.Add(new ApplicationUser { Id = id, UserName = id, NormalizedUserName = id.ToUpperInvariant(), Email = id + "@bench.local", DisplayName = id });
                }

                await db.SaveChangesAsync();
                poolId = pool.Id;
            }

            var latencies = new double[people];
            var next = -1;
            var clock = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < people; i = Interlocked.Increment(ref next))
                {
                    var started = Stopwatch.GetTimestamp();
                    await using var db = new SqliteReSomaDbContext(Options());
                    await new SeatAllocator(db, TimeProvider.System).RegisterAsync(poolId, users[i]);
                    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            })).ToArray();
            await Task.WhenAll(workers);
            clock.Stop();

            await using var check = new SqliteReSomaDbContext(Options());
            var confirmed = await check.SeatRegistrations.CountAsync(r => r.SeatPoolId == poolId && r.Status == SeatStatus.Confirmed);
            var waitlisted = await check.SeatRegistrations.CountAsync(r => r.SeatPoolId == poolId && r.Status == SeatStatus.Waitlisted);
            Array.Sort(latencies);
            string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
            Console.WriteLine();
            Console.WriteLine($"Registration run: {people} people, {concurrency} at a time, {seats} seats (SQLite, WAL)");
            Console.WriteLine($"  throughput   {(people / clock.Elapsed.TotalSeconds).ToString("0", CultureInfo.InvariantCulture)} registrations/s ({Ms(clock.Elapsed.TotalMilliseconds)} ms in all)");
            Console.WriteLine($"  latency      median {Ms(latencies[people / 2])} ms · p95 {Ms(latencies[(int)Math.Ceiling(people * 0.95) - 1])} ms · max {Ms(latencies[^1])} ms");
            Console.WriteLine($"  outcome      {confirmed} confirmed, {waitlisted} waitlisted — {(confirmed == Math.Min(seats, people) && confirmed + waitlisted == people ? "correct" : "WRONG")}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}
