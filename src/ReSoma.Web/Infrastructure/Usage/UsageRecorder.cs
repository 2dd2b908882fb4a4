namespace ReSoma.Web.Infrastructure.Usage;

/// <summary>
/// The loop on every instance that empties the usage queue into the database every few seconds (default 2 s), so
/// pages never wait for a write. What is still queued when the portal stops is written on the way out.
/// </summary>
public sealed class UsageRecorder(UsageWriter writer, TimeProvider clock, IConfiguration configuration, ILogger<UsageRecorder> logger) : BackgroundService
{
    public const string IntervalSetting = "Usage:WriteEverySeconds";

    private readonly TimeSpan _interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(IntervalSetting, 2)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await WriteAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: fall through to the last write.
        }

        await WriteAsync(CancellationToken.None);
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await writer.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A batch that fails is lost rather than retried forever: usage figures are statistics, not records.
            logger.LogWarning(e, "Writing usage counts failed; the uses of that batch are not counted");
        }
    }
}
