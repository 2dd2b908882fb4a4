using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Seats;

namespace ReSoma.Web.Features.Events.Editor;

/// <summary>A person with a seat, or on the waitlist (<see cref="Position"/> 1 is served first).</summary>
public sealed record EventPerson(
    SeatStatus Status, int? Position, string Name, string Email, string? Organisation, string? Role, DateTimeOffset RegisteredAt, DateTimeOffset? ConfirmedAt);

/// <summary>An event's people; <see cref="Seats"/> is null when it takes no registrations.</summary>
public sealed record EventPeople(
    int Id, string Title, string Slug, string TimeZoneId, SeatSummary? Seats,
    IReadOnlyList<EventPerson> Participants, IReadOnlyList<EventPerson> Waitlist, int CancelledCount);

/// <summary>Who has a seat and who waits, in arrival order: for the participants page and its CSV export.</summary>
public sealed class EventPeopleQuery(ReSomaDbContext db, SeatAllocator seats)
{
    public async Task<EventPeople?> RunAsync(int id, CancellationToken cancellationToken = default)
    {
        var e = await db.Events.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Title, x.Slug, x.TimeZoneId, x.SeatPoolId })
            .FirstOrDefaultAsync(cancellationToken);
        if (e is null)
        {
            return null;
        }

        if (e.SeatPoolId is not { } pool)
        {
            return new EventPeople(e.Id, e.Title, e.Slug, e.TimeZoneId, null, [], [], 0);
        }

        var registrations = await db.SeatRegistrations.AsNoTracking()
            .Where(r => r.SeatPoolId == pool && r.Status != SeatStatus.Cancelled)
            .OrderBy(r => r.Sequence)
            .Select(r => new
            {
                r.UserId, r.Status, r.RegisteredAt, r.ConfirmedAt, r.User!.DisplayName, r.User.Email,
                Organisation = r.User.Organisation == null ? null : r.User.Organisation.Name,
            })
            .ToListAsync(cancellationToken);
        var cancelled = await db.SeatRegistrations.CountAsync(r => r.SeatPoolId == pool && r.Status == SeatStatus.Cancelled, cancellationToken);
        var userIds = registrations.Select(r => r.UserId).ToList();
        // The role a person takes part as: their stakeholder role first, else (staff who registered) their staff role.
        var roles = (await db.UserRoles.AsNoTracking().Where(ur => userIds.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken))
            .GroupBy(r => r.UserId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Name ?? "").OrderBy(n => Roles.IsStakeholderRole(n) ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal).First());

        var people = registrations.Select(r => new EventPerson(
            r.Status, null, r.DisplayName, r.Email ?? "", r.Organisation, roles.GetValueOrDefault(r.UserId), r.RegisteredAt, r.ConfirmedAt)).ToList();
        return new EventPeople(
            e.Id, e.Title, e.Slug, e.TimeZoneId, await seats.SummaryAsync(pool, cancellationToken),
            people.Where(p => p.Status == SeatStatus.Confirmed).ToList(),
            people.Where(p => p.Status == SeatStatus.Waitlisted).Select((p, i) => p with { Position = i + 1 }).ToList(),
            cancelled);
    }
}
