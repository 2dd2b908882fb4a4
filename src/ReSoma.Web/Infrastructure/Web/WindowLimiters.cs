using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>
/// Where the rate limits count: in Redis when it is configured, so that every instance counts against the same
/// window (RedisRateLimiting's fixed window), else in the process. Used by the rate limiter middleware (per address)
/// and by <see cref="AccountRateLimits"/> (per account, failed sign-ins).
/// </summary>
/// <remarks>While Redis is away a limit counts in the process instead (<see cref="RedisOrLocalLimiter"/>): the portal
/// keeps refusing floods per instance rather than failing every sign-in.</remarks>
public sealed class WindowLimiters(IServiceProvider services)
{
    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();

    /// <summary>Whether the limits count in Redis (and must then be acquired asynchronously).</summary>
    public bool InRedis => _redis is not null;

    /// <summary>The limiter of one key under one policy.</summary>
    public RateLimitPartition<string> Partition(string policy, string key, WindowLimit limit)
    {
        var window = RateLimitingSetup.Window(limit);
        if (_redis is null)
        {
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => window);
        }

        // The policy is part of the Redis key: RedisRateLimiting keys a window by its partition key alone.
        var redis = _redis;
        return RateLimitPartition.Get(key, k => new RedisOrLocalLimiter(
            new RedisFixedWindowRateLimiter<string>($"resoma:{policy}:{k}", new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis,
                PermitLimit = window.PermitLimit,
                Window = window.Window,
            }),
            new FixedWindowRateLimiter(window),
            redis));
    }

    /// <summary>How long a refused lease says to wait (the two libraries name it differently), else a minute.</summary>
    public static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter
        : lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds) ? TimeSpan.FromSeconds(Math.Max(1, seconds))
        : TimeSpan.FromMinutes(1);

    /// <summary>Whether a lease for zero permits says none are left. System.Threading.RateLimiting refuses it; the
    /// Redis window grants it and tells the remaining count.</summary>
    public static bool IsExhausted(RateLimitLease lease) =>
        !lease.IsAcquired || (lease.TryGetMetadata(RateLimitMetadataName.Remaining, out var remaining) && remaining <= 0);
}
