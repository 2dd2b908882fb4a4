using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Publishing;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Events.Publishing;

/// <summary>
/// Publishes scheduled events when their time comes, on the shared publishing schedule (<see cref="Publisher"/>), with
/// what an editor's "publish now" brings: the event's search entry made public (the audit log hears of it there) and
/// the search keywords of news items about it. The output cache is evicted by the writes themselves.
/// </summary>
public sealed class EventPublisher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<EventPublisher> logger) : SchedulablePublisher<Event>(scopes, clock, logger)
{
    public override string Kind => Event.SearchKind;

    protected override async Task CompleteAsync(ReSomaDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Read after the claim, in its transaction: the event is published here, and its search entry follows.
        var published = await db.Events.Include(e => e.Topics).Include(e => e.Sessions).Include(e => e.Search)
            .AsSplitQuery()
            .SingleAsync(e => e.Id == id, cancellationToken);
        published.RefreshSearchDocument();
        await EventNews.RefreshSearchOfNewsAboutAsync(db, id, cancellationToken);
        await ContentNews.EventAnnouncedAsync(db, id, now, cancellationToken);
    }
}
