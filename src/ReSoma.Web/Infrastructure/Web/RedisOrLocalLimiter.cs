using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>A limit counted in Redis, or in the process while Redis is not connected or does not answer.</summary>
/// <remarks>The Redis limiter grants nothing synchronously (it needs a round trip), so callers acquire
/// asynchronously: the rate limiter middleware does after a refused synchronous attempt, and
/// <see cref="AccountRateLimits"/> always does.</remarks>
public sealed class RedisOrLocalLimiter(RateLimiter redis, RateLimiter local, IConnectionMultiplexer connection) : RateLimiter
{
    public override TimeSpan? IdleDuration => local.IdleDuration is null ? null : redis.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => redis.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (!connection.IsConnected)
        {
            return await LocalAsync(permitCount, cancellationToken);
        }

        try
        {
            return await redis.AcquireAsync(permitCount, cancellationToken);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return await LocalAsync(permitCount, cancellationToken);
        }
    }

    // Zero permits (a question, not a request) is asked synchronously: asked asynchronously with none left, the
    // in-process limiter would wait for the next window instead of answering.
    private ValueTask<RateLimitLease> LocalAsync(int permitCount, CancellationToken cancellationToken) =>
        permitCount == 0 ? ValueTask.FromResult(local.AttemptAcquire(0)) : local.AcquireAsync(permitCount, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            redis.Dispose();
            local.Dispose();
        }

        base.Dispose(disposing);
    }
}
