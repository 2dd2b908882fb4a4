using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Usage;

public sealed record ItemUsage(int Views, int Downloads);

/// <summary>An item's counts since it was first counted, for its public page: one query.</summary>
public sealed class UsageTotals(ReSomaDbContext db)
{
    public async Task<ItemUsage> ForAsync(string kind, int itemId, CancellationToken cancellationToken = default)
    {
        var counts = await db.UsageHits.AsNoTracking()
            .Where(h => h.ItemKind == kind && h.ItemId == itemId)
            .GroupBy(h => h.Metric)
            .Select(g => new { Metric = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Of(UsageMetric metric) => counts.FirstOrDefault(c => c.Metric == metric)?.Count ?? 0;
        return new ItemUsage(Of(UsageMetric.View), Of(UsageMetric.Download));
    }
}
