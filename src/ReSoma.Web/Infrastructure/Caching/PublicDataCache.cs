using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace ReSoma.Web.Infrastructure.Caching;

/// <summary>
/// What a public page shows to everyone, kept in memory for the visitors whose pages are rendered each time (signed
/// in, or holding a form token), with the output cache's rules (<see cref="PublicPagePolicy"/>): an entry belongs to
/// one minute of the portal's clock, and <see cref="CacheEviction"/> evicts it with its tags. A signed-in page then
/// costs its own few queries (the session, what is theirs) instead of all of the page's.
/// </summary>
/// <remarks>
/// A value is shared by every request that reads it: keep it an immutable record. This is <see cref="MemoryCache"/>
/// with one change token per tag; HybridCache, which has tags, serializes every value it keeps in memory (to size
/// it), which these view models (computed properties, cycles) do not survive, and costs a copy on every read.
/// </remarks>
public sealed class PublicDataCache(TimeProvider clock) : IDisposable
{
    // Counted in entries: made-up addresses must not grow the process.
    private const int MaximumEntries = 10_000;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaximumEntries });
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _tags = new(StringComparer.Ordinal);

    public async ValueTask<T> GetAsync<T>(string key, IReadOnlyCollection<string> tags, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        var entry = $"{key}@{(clock.GetUtcNow().ToUnixTimeSeconds() / 60).ToString(CultureInfo.InvariantCulture)}";
        if (_entries.TryGetValue(entry, out var found))
        {
            return (T)found!;
        }

        // The tokens are taken before the read: an eviction during it leaves the entry born expired, never stale.
        var tokens = tags.Select(TokenOf).ToList();
        var value = await load(cancellationToken);
        if (value is not null)
        {
            var options = new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = PublicPagePolicy.Lifetime };
            foreach (var token in tokens)
            {
                options.ExpirationTokens.Add(token);
            }

            _entries.Set(entry, value, options);
        }

        return value;
    }

    /// <summary>Every entry with one of these tags is gone at once.</summary>
    public void Evict(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            if (_tags.TryRemove(tag, out var source))
            {
                source.Cancel();
                source.Dispose();
            }
        }
    }

    public void Dispose()
    {
        _entries.Dispose();
        foreach (var source in _tags.Values)
        {
            source.Dispose();
        }
    }

    private CancellationChangeToken TokenOf(string tag)
    {
        while (true)
        {
            var source = _tags.GetOrAdd(tag, _ => new CancellationTokenSource());
            try
            {
                return new CancellationChangeToken(source.Token);
            }
            catch (ObjectDisposedException)
            {
                // Evicted between the lookup and the read of its token: take the new one.
            }
        }
    }
}
