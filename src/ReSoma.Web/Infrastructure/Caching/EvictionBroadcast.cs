using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Infrastructure.Logging;
using StackExchange.Redis;

namespace ReSoma.Web.Infrastructure.Caching;

/// <summary>
/// Tells the other instances what a write made stale, over Redis pub/sub, so that each evicts its in-process
/// <see cref="PublicDataCache"/> (the pages themselves are in Redis, evicted once for all). Without Redis there is one
/// instance and nothing to tell.
/// </summary>
/// <remarks>
/// An instance that hears of an eviction also evicts the pages again: a page that it rendered from its not yet evicted
/// data between the writer's eviction and this message would otherwise stay in the shared cache for its lifetime.
/// A message lost while Redis is away is not replayed: entries live one minute (<see cref="PublicPagePolicy.Lifetime"/>).
/// </remarks>
public sealed class EvictionBroadcast(IServiceProvider services, PublicDataCache data, EvictionCount evictions, ILogger<EvictionBroadcast> logger) : BackgroundService
{
    // Under the portal's key prefix (RedisSetup.KeyPrefix).
    public static readonly RedisChannel Channel = RedisChannel.Literal("resoma:evict");

    private static readonly TimeSpan RetrySubscribeAfter = TimeSpan.FromSeconds(5);

    // Who sent a message: an instance skips its own.
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();
    private readonly OccasionalWarning _warning = new(logger, TimeSpan.FromSeconds(30));

    public async ValueTask PublishAsync(IReadOnlyCollection<string> tags)
    {
        if (_redis is null || tags.Count == 0)
        {
            return;
        }

        if (!_redis.IsConnected)
        {
            _warning.Write(null, "Redis is not connected: the other instances do not hear of evictions; their copies expire within a minute");
            return;
        }

        try
        {
            await _redis.GetSubscriber().PublishAsync(Channel, _instance + " " + string.Join(' ', tags));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            _warning.Write(e, "Could not tell the other instances of an eviction; their copies expire within a minute");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_redis is null)
        {
            return;
        }

        // Bounded by the host's life; Redis restores the subscription by itself after a reconnect once it is made.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _redis.GetSubscriber().SubscribeAsync(Channel, (channel, message) => _ = ApplyAsync(message));
                return;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                logger.LogWarning("Could not subscribe to evictions from other instances; trying again in {Seconds} s ({Error})", RetrySubscribeAfter.TotalSeconds, e.Message);
                await Task.Delay(RetrySubscribeAfter, stoppingToken);
            }
        }
    }

    private async Task ApplyAsync(RedisValue message)
    {
        var parts = message.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0] == _instance)
        {
            return;
        }

        var tags = parts[1..];
        evictions.Increment();
        data.Evict(tags);
        var pages = services.GetRequiredService<IOutputCacheStore>();
        foreach (var tag in tags)
        {
            await pages.EvictByTagAsync(tag, CancellationToken.None);
        }
    }
}
