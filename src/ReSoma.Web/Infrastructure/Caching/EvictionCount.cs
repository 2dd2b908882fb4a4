namespace ReSoma.Web.Infrastructure.Caching;

/// <summary>
/// How many evictions there have been. A page rendered while one happened may show what was true before it, and
/// would go into the cache after the eviction that should have removed it: <see cref="PublicPagePolicy"/> does not
/// store such a page.
/// </summary>
public sealed class EvictionCount
{
    private long _count;

    public long Current => Interlocked.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
