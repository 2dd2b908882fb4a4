using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Publishing;

/// <summary>
/// The publisher of a kind that is scheduled by <see cref="ISchedulable.PublishAt"/> (consultations, events): which
/// items are due and how one is claimed are the same for every such kind; the kind says only what publishing brings.
/// </summary>
public abstract class SchedulablePublisher<T>(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : Publisher(scopes, clock, logger)
    where T : class, ISchedulable
{
    protected sealed override Task<List<int>> DueAsync(ReSomaDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Set<T>().AsNoTracking()
            .Where(x => x.PublishAt <= now && !x.IsPublished)
            .OrderBy(x => x.PublishAt)
            .Select(x => x.Id)
            .ToListAsync(cancellationToken);

    // The version moves on too, so an editor's save of what they loaded before is refused as a conflict rather than
    // taking the item back to draft unawares.
    protected sealed override async Task<bool> ClaimAsync(ReSomaDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Set<T>()
            .Where(x => x.Id == id && !x.IsPublished && x.PublishAt <= now)
            .ExecuteUpdateAsync(
                s => s.SetProperty(x => x.IsPublished, true)
                    .SetProperty(x => x.PublishAt, (DateTimeOffset?)null)
                    .SetProperty(x => x.UpdatedAt, now)
                    .SetProperty(x => x.Version, x => x.Version + 1),
                cancellationToken) > 0;
}
