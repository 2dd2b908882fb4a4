using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Publishing;

namespace ReSoma.Web.Features.Consultations.Publishing;

/// <summary>
/// Publishes scheduled consultations when their time comes, on the shared publishing schedule (<see cref="Publisher"/>),
/// with what an editor's "publish now" brings: the search entry made public (the audit log hears of it there). The
/// output cache and the cached page data are evicted by the writes themselves.
/// </summary>
public sealed class ConsultationPublisher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ConsultationPublisher> logger) : Publisher(scopes, clock, logger)
{
    public override string Kind => Consultation.SearchKind;

    protected override Task<List<int>> DueAsync(ReSomaDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Consultations.AsNoTracking()
            .Where(c => c.PublishAt <= now && !c.IsPublished)
            .OrderBy(c => c.PublishAt)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);

    // The version moves on too, so an editor's save of what they loaded before is refused as a conflict rather than
    // taking the consultation back to draft unawares.
    protected override async Task<bool> ClaimAsync(ReSomaDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Consultations
            .Where(c => c.Id == id && !c.IsPublished && c.PublishAt <= now)
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.IsPublished, true)
                    .SetProperty(c => c.PublishAt, (DateTimeOffset?)null)
                    .SetProperty(c => c.UpdatedAt, now)
                    .SetProperty(c => c.Version, c => c.Version + 1),
                cancellationToken) > 0;

    protected override async Task CompleteAsync(ReSomaDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Read after the claim, in its transaction: the consultation is published here, and its search entry follows.
        var published = await db.Consultations.Include(c => c.Topic).Include(c => c.Search).SingleAsync(c => c.Id == id, cancellationToken);
        published.RefreshSearchDocument();
    }
}
