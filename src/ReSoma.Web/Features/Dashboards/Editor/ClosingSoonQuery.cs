using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Dashboards.Editor;

/// <summary>
/// Published consultations and events that close soon or are full, the soonest closing first. A consultation with
/// seats closes to registrations at its deadline (or its end); one without seats takes part until it ends. An event
/// closes at its deadline or its start. Full counts confirmed seats only: the waitlist is shown beside it.
/// </summary>
public sealed class ClosingSoonQuery(ReSomaDbContext db)
{
    public async Task<IReadOnlyList<ClosingItem>> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var soon = now.AddDays(EditorDashboardPage.ClosingWithinDays);
        var consultations = await db.Consultations.AsNoTracking()
            .Where(c => c.IsPublished && !c.IsCancelled && c.EndsAt > now)
            .Select(c => new
            {
                c.Title, c.Slug, c.EndsAt, c.RegistrationDeadline, c.SeatPoolId,
                Capacity = c.SeatPoolId == null ? null : (int?)c.Seats!.Capacity,
                Confirmed = db.SeatRegistrations.Count(r => r.SeatPoolId == c.SeatPoolId && r.Status == SeatStatus.Confirmed),
                Waitlisted = db.SeatRegistrations.Count(r => r.SeatPoolId == c.SeatPoolId && r.Status == SeatStatus.Waitlisted),
            })
            .Where(c => c.EndsAt <= soon || (c.SeatPoolId != null && (c.RegistrationDeadline <= soon || c.Confirmed >= c.Capacity)))
            .ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.IsPublished && e.SeatPoolId != null && e.StartsAt > now)
            .Select(e => new
            {
                e.Id, e.Title, e.StartsAt, e.RegistrationDeadline,
                Capacity = e.Seats!.Capacity,
                Confirmed = db.SeatRegistrations.Count(r => r.SeatPoolId == e.SeatPoolId && r.Status == SeatStatus.Confirmed),
                Waitlisted = db.SeatRegistrations.Count(r => r.SeatPoolId == e.SeatPoolId && r.Status == SeatStatus.Waitlisted),
            })
            .Where(e => e.StartsAt <= soon || e.RegistrationDeadline <= soon || e.Confirmed >= e.Capacity)
            .ToListAsync(cancellationToken);

        var items = consultations
            .Select(c => Item(ClosingKind.Consultation, c.Title, "/editor/consultations/" + c.Slug,
                c.SeatPoolId is null ? c.EndsAt : Earlier(c.RegistrationDeadline, c.EndsAt), c.Capacity, c.Confirmed, c.Waitlisted, soon))
            .Concat(events.Select(e => Item(ClosingKind.Event, e.Title, "/editor/events/" + e.Id.ToString(CultureInfo.InvariantCulture) + "/edit",
                e.RegistrationDeadline is { } deadline ? Earlier(deadline, e.StartsAt) : e.StartsAt, e.Capacity, e.Confirmed, e.Waitlisted, soon)));

        // Registration that has already closed needs no one now, full or not.
        return items.Where(i => i.ClosesAt > now && (i.ClosesSoon || i.IsFull)).OrderBy(i => i.ClosesAt).ToList();
    }

    private static ClosingItem Item(ClosingKind kind, string title, string path, DateTimeOffset closesAt, int? capacity, int confirmed, int waitlisted, DateTimeOffset soon) =>
        new(kind, title, path, closesAt, capacity, confirmed, waitlisted, closesAt <= soon);

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
