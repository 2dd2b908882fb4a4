using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Publishing;

namespace ReSoma.Web.Features.Events.Publishing;

/// <summary>
/// Publishes scheduled events when their time comes, on the shared publishing schedule (<see cref="Publisher"/>), with
/// what an editor's "publish now" brings: the event's search entry made public (the audit log hears of it there) and
/// the search keywords of news items about it. The output cache is evicted by the writes themselves.
/// </summary>
public sealed class EventPublisher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<EventPublisher> logger) : Publisher(scopes, clock, logger)
{
    public override string Kind => Event.SearchKind;

    protected override Task<List<int>> DueAsync(ReSomaDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking()
            .Where(e => e.PublishAt <= now && !e.IsPublished)
            .OrderBy(e => e.PublishAt)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);

    // The version moves on too, so an editor's save of what they loaded before is refused as a conflict rather than
    // taking the event back to draft unawares.
    protected override async Task<bool> ClaimAsync(ReSomaDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Events
            .Where(e => e.Id == id && !e.IsPublished && e.PublishAt <= now)
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.IsPublished, true)
                    .SetProperty(e => e.PublishAt, (DateTimeOffset?)null)
                    .SetProperty(e => e.UpdatedAt, now)
                    .SetProperty(e => e.Version, e => e.Version + 1),
                cancellationToken) > 0;

    protected override async Task CompleteAsync(ReSomaDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Read after the claim, in its transaction: the event is published here, and its search entry follows.
        var published = await db.Events.Include(e => e.Topics).Include(e => e.Sessions).Include(e => e.Search)
            .AsSplitQuery()
            .SingleAsync(e => e.Id == id, cancellationToken);
        published.RefreshSearchDocument();
        await EventNews.RefreshSearchOfNewsAboutAsync(db, id, cancellationToken);
    }
}
