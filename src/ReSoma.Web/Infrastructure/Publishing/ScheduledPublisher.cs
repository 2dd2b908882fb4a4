using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Publishing;

/// <summary>
/// The publishing schedule: a loop on every instance that runs each registered <see cref="Publisher"/> in turn. There
/// is no lock between instances; each publisher's claims see to it that an item is published once.
/// </summary>
public sealed class ScheduledPublisher(
    IEnumerable<Publisher> publishers, PublishingRunLog runs, TimeProvider clock, IConfiguration configuration, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    /// <summary>How often each instance looks for due items (default 30 s): an item goes out at most this late.</summary>
    public const string IntervalSetting = "Publishing:EverySeconds";

    /// <summary>The setting's name from when only interviews were scheduled; still read when the new one is not set.</summary>
    public const string FormerIntervalSetting = "Interviews:PublishEverySeconds";

    private readonly TimeSpan _interval = IntervalFrom(configuration);

    /// <summary>The time between two passes, as configured: the admin dashboard judges a late pass by it too.</summary>
    public static TimeSpan IntervalFrom(IConfiguration configuration) => TimeSpan.FromSeconds(Math.Max(1,
        configuration.GetValue<int?>(IntervalSetting) ?? configuration.GetValue(FormerIntervalSetting, 30)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
        do
        {
            var failed = new List<string>();
            foreach (var publisher in publishers)
            {
                if (!await RunAsync(publisher, stoppingToken))
                {
                    failed.Add(publisher.Kind);
                }
            }

            await RecordAsync(failed, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    // One kind failing (its table locked, a bug in its side effects) does not hold back the others.
    private async Task<bool> RunAsync(Publisher publisher, CancellationToken stoppingToken)
    {
        try
        {
            await publisher.PublishDueAsync(stoppingToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A busy or unreachable database passes by itself (decision 0014): a warning, not an error.
            logger.Log(SqliteFaults.IsUnavailable(e) ? LogLevel.Warning : LogLevel.Error, e,
                "Publishing scheduled {Kind} items failed; trying again at the next tick", publisher.Kind);
            return false;
        }
    }

    // The admin dashboard reads the last pass from the database; failing to write it must not stop the schedule.
    private async Task RecordAsync(IReadOnlyCollection<string> failed, CancellationToken stoppingToken)
    {
        try
        {
            await runs.RecordAsync(failed, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.Log(SqliteFaults.IsUnavailable(e) ? LogLevel.Warning : LogLevel.Error, e, "Recording the publishing schedule's pass failed");
        }
    }
}
