using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ReSoma.Web.Data;

/// <summary>
/// How an instance that does not migrate (<c>Database:MigrateAtStart</c> false) starts: it asks the database every
/// couple of seconds whether a migration is pending, and goes on once none is — the <c>migrate</c> command has run.
/// A database that does not answer yet counts as not ready (a whole compose stack starts at once). After
/// <c>Database:WaitForMigrationsSeconds</c> it stops the start with an error that says what to do.
/// </summary>
public static partial class MigrationWait
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    public static async Task UntilAppliedAsync(IServiceProvider services)
    {
        var limit = TimeSpan.FromSeconds(DatabaseOptions.From(services.GetRequiredService<IConfiguration>()).WaitForMigrationsSeconds);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrationWait));
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var pending = await PendingAsync(services, logger);
            if (pending is [])
            {
                LogReady(logger, waited.Elapsed.TotalSeconds);
                return;
            }

            var what = pending is null ? "the database to answer" : $"{pending.Count} pending migration(s), the last {pending[^1]}";
            if (waited.Elapsed >= limit)
            {
                throw new InvalidOperationException(
                    $"Gave up after {limit.TotalSeconds:0} s (Database:WaitForMigrationsSeconds) waiting for {what}. Database:MigrateAtStart is false, " +
                    "so this instance does not migrate: run 'dotnet ReSoma.Web.dll migrate' with the same settings (the compose file's migrate " +
                    "service does), or set Database:MigrateAtStart to true for a single instance.");
            }

            LogWaiting(logger, what, (limit - waited.Elapsed).TotalSeconds);
            var rest = limit - waited.Elapsed;
            await Task.Delay(rest < PollInterval ? rest : PollInterval);
        }
    }

    // The pending migrations, or null when the database cannot be reached (yet).
    private static async Task<IReadOnlyList<string>?> PendingAsync(IServiceProvider services, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        try
        {
            return (await db.Database.GetPendingMigrationsAsync()).ToList();
        }
        catch (Exception e) when (e is DbException or RetryLimitExceededException)
        {
            LogUnreachable(logger, e.GetBaseException().Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database:MigrateAtStart is false: waiting for {What} ({Seconds:0} s left); the migrate command applies them")]
    private static partial void LogWaiting(ILogger logger, string what, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "No migration pending after {Seconds:0.0} s: starting")]
    private static partial void LogReady(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The database does not answer yet: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string reason);
}
