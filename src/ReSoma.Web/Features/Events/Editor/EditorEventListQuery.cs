using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Events.Editor;

/// <summary>An event in the editors' list; <see cref="Seats"/> is null when it takes no registrations.</summary>
public sealed record EditorEventRow(
    int Id, string Title, string Slug, EventKind Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZoneId, PublicationStatus Publication, SeatSummary? Seats);

public sealed record EditorEventList(IReadOnlyList<EditorEventRow> Upcoming, IReadOnlyList<EditorEventRow> Past);

/// <summary>Every event, drafts and scheduled ones included: upcoming and running ones first (soonest first), then past ones (latest first).</summary>
public sealed class EditorEventListQuery(ReSomaDbContext db, TimeProvider clock)
{
    private const int MaxRows = 500;

    public async Task<EditorEventList> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Events.AsNoTracking()
            .OrderByDescending(e => e.StartsAt).Take(MaxRows)
            .Select(e => new
            {
                e.Id, e.Title, e.Slug, e.Kind, e.StartsAt, e.EndsAt, e.TimeZoneId, e.IsPublished, e.PublishAt, e.SeatPoolId,
                Capacity = e.Seats == null ? 0 : e.Seats.Capacity,
                Confirmed = db.SeatRegistrations.Count(r => r.SeatPoolId == e.SeatPoolId && r.Status == SeatStatus.Confirmed),
                Waitlisted = db.SeatRegistrations.Count(r => r.SeatPoolId == e.SeatPoolId && r.Status == SeatStatus.Waitlisted),
            })
            .ToListAsync(cancellationToken);
        var all = rows.Select(e => new EditorEventRow(
            e.Id, e.Title, e.Slug, e.Kind, e.StartsAt, e.EndsAt, e.TimeZoneId, PublicationStatus.Of(e.IsPublished, e.PublishAt, e.TimeZoneId),
            e.SeatPoolId is null ? null : new SeatSummary(e.Capacity, e.Confirmed, e.Waitlisted))).ToList();
        return new EditorEventList(all.Where(r => r.EndsAt > now).OrderBy(r => r.StartsAt).ToList(), all.Where(r => r.EndsAt <= now).ToList());
    }
}
