using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Consultations;

public sealed record MyRegistration(string Title, string Slug, ConsultationFormat Format, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZoneId, bool IsCancelled, SeatStatus Status, int? WaitlistPosition, DateTimeOffset RegisteredAt);

/// <summary>"My registrations": only the signed-in person's, upcoming first.</summary>
public sealed class MyRegistrationsQuery(ReSomaDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<MyRegistration>> RunAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return await db.SeatRegistrations.AsNoTracking()
            .Where(r => r.UserId == userId && r.Status != SeatStatus.Cancelled)
            .Join(db.Consultations, r => r.SeatPoolId, c => c.SeatPoolId, (r, c) => new { r, c })
            .OrderByDescending(x => x.c.EndsAt >= now).ThenBy(x => x.c.StartsAt)
            .Select(x => new MyRegistration(
                x.c.Title, x.c.Slug, x.c.Format, x.c.StartsAt, x.c.EndsAt, x.c.TimeZoneId, x.c.IsCancelled, x.r.Status,
                x.r.Status == SeatStatus.Waitlisted
                    ? db.SeatRegistrations.Count(o => o.SeatPoolId == x.r.SeatPoolId && o.Status == SeatStatus.Waitlisted && o.Sequence <= x.r.Sequence)
                    : null,
                x.r.RegisteredAt))
            .ToListAsync(cancellationToken);
    }
}
