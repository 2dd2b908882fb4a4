using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Publishing;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Consultations.Publishing;

/// <summary>
/// Publishes scheduled consultations when their time comes, on the shared publishing schedule (<see cref="Publisher"/>),
/// with what an editor's "publish now" brings: the search entry made public (the audit log hears of it there). The
/// output cache and the cached page data are evicted by the writes themselves.
/// </summary>
public sealed class ConsultationPublisher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ConsultationPublisher> logger) : SchedulablePublisher<Consultation>(scopes, clock, logger)
{
    public override string Kind => Consultation.SearchKind;

    protected override async Task CompleteAsync(ReSomaDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Read after the claim, in its transaction: the consultation is published here, and its search entry follows.
        var published = await db.Consultations.Include(c => c.Topic).Include(c => c.Search).SingleAsync(c => c.Id == id, cancellationToken);
        published.RefreshSearchDocument();
        await ContentNews.ConsultationOpenedAsync(db, id, now, cancellationToken);
    }
}
