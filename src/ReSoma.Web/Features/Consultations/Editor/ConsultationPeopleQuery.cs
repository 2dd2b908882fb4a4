using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>A person with a seat, or on the waitlist (<see cref="Position"/> 1 is served first).</summary>
public sealed record PersonRow(
    SeatStatus Status, int? Position, string Name, string Email, string? Organisation, string? Role, DateTimeOffset RegisteredAt, DateTimeOffset? ConfirmedAt);

public sealed record ConsultationPeople(
    int Id, string Title, string Slug, string TimeZoneId, IReadOnlyList<PersonRow> Participants, IReadOnlyList<PersonRow> Waitlist, int CancelledCount);

/// <summary>Who has a seat and who waits, in arrival order: for the editors' page and the CSV export.</summary>
public sealed class ConsultationPeopleQuery(ReSomaDbContext db)
{
    public async Task<ConsultationPeople?> RunAsync(string slug, CancellationToken cancellationToken = default)
    {
        var c = await db.Consultations.AsNoTracking().Where(x => x.Slug == slug)
            .Select(x => new { x.Id, x.Title, x.Slug, x.TimeZoneId, x.SeatPoolId })
            .FirstOrDefaultAsync(cancellationToken);
        if (c is null)
        {
            return null;
        }

        var registrations = await db.SeatRegistrations.AsNoTracking()
            .Where(r => r.SeatPoolId == c.SeatPoolId && r.Status != SeatStatus.Cancelled)
            .OrderBy(r => r.Sequence)
            .Select(r => new
            {
                r.UserId, r.Status, r.RegisteredAt, r.ConfirmedAt, r.User!.DisplayName, r.User.Email,
                Organisation = r.User.Organisation == null ? null : r.User.Organisation.Name,
            })
            .ToListAsync(cancellationToken);
        var cancelled = await db.SeatRegistrations.CountAsync(r => r.SeatPoolId == c.SeatPoolId && r.Status == SeatStatus.Cancelled, cancellationToken);
        var roles = await RolesOfAsync(registrations.Select(r => r.UserId).ToList(), cancellationToken);

        var people = registrations.Select(r => new PersonRow(
            r.Status, null, r.DisplayName, r.Email ?? "", r.Organisation, roles.GetValueOrDefault(r.UserId), r.RegisteredAt, r.ConfirmedAt)).ToList();
        var waitlist = people.Where(p => p.Status == SeatStatus.Waitlisted).Select((p, i) => p with { Position = i + 1 }).ToList();
        return new ConsultationPeople(c.Id, c.Title, c.Slug, c.TimeZoneId, people.Where(p => p.Status == SeatStatus.Confirmed).ToList(), waitlist, cancelled);
    }

    // The role a person takes part as: their stakeholder role, or (for staff who registered) their staff role.
    private async Task<Dictionary<string, string>> RolesOfAsync(List<string> userIds, CancellationToken cancellationToken)
    {
        var rows = await db.UserRoles.AsNoTracking()
            .Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.UserId).ToDictionary(
            g => g.Key,
            g => g.Select(r => r.Name ?? "").OrderBy(n => Roles.IsStakeholderRole(n) ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal).First());
    }
}
