using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Infrastructure.Logging;
using StackExchange.Redis;

namespace ReSoma.Web.Infrastructure.Caching;

/// <summary>
/// The Redis output cache store, with Redis allowed to be away: while the connection is down the store is not asked
/// (each call would wait for its timeout), a read that fails is a miss (the page is rendered), a write or an eviction
/// that fails is skipped, and the failure is logged once in a while, not once per request. Without this a Redis
/// restart would answer every public page with an error.
/// </summary>
/// <remarks>An eviction lost this way leaves a page that may be stale in Redis until its lifetime ends
/// (<see cref="PublicPagePolicy.Lifetime"/>, one minute), and only if Redis kept it through the outage.</remarks>
public sealed class ForgivingOutputCacheStore(IOutputCacheStore inner, IConnectionMultiplexer redis, ILogger<ForgivingOutputCacheStore> logger) : IOutputCacheBufferStore, IDisposable
{
    private readonly OccasionalWarning _warning = new(logger, TimeSpan.FromSeconds(30));

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (IsAway("evict"))
        {
            return;
        }

        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception e) when (IsRedisAway(e))
        {
            Note(e, "evict");
        }
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (IsAway("read"))
        {
            return null;
        }

        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception e) when (IsRedisAway(e))
        {
            Note(e, "read");
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (IsAway("store"))
        {
            return;
        }

        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception e) when (IsRedisAway(e))
        {
            Note(e, "store");
        }
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (inner is not IOutputCacheBufferStore buffers)
        {
            var value = await GetAsync(key, cancellationToken);
            if (value is null)
            {
                return false;
            }

            await destination.WriteAsync(value, cancellationToken);
            return true;
        }

        if (IsAway("read"))
        {
            return false;
        }

        try
        {
            return await buffers.TryGetAsync(key, destination, cancellationToken);
        }
        catch (Exception e) when (IsRedisAway(e))
        {
            Note(e, "read");
            return false;
        }
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (inner is not IOutputCacheBufferStore buffers)
        {
            await SetAsync(key, value.ToArray(), tags.ToArray(), validFor, cancellationToken);
            return;
        }

        if (IsAway("store"))
        {
            return;
        }

        try
        {
            await buffers.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception e) when (IsRedisAway(e))
        {
            Note(e, "store");
        }
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private static bool IsRedisAway(Exception e) => e is RedisException or TimeoutException;

    private bool IsAway(string operation)
    {
        if (redis.IsConnected)
        {
            return false;
        }

        _warning.Write(null, $"The output cache cannot {operation}: Redis is not connected; pages are rendered without it until it is");
        return true;
    }

    private void Note(Exception e, string operation) =>
        _warning.Write(e, $"The output cache could not {operation} in Redis; pages are rendered without it until Redis answers again");
}
