using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>A person with a seat, or on the waitlist (<see cref="Position"/> 1 is served first), with what they told
/// the organisers and whether they came.</summary>
public sealed record Participant(
    int RegistrationId, SeatStatus Status, int? Position, string Name, string Email, string? Organisation, string? Role,
    DateTimeOffset RegisteredAt, DateTimeOffset? ConfirmedAt, string? Code, DateTimeOffset? AttendedAt,
    IReadOnlyList<string> AccessNeeds, string? AccessNote, IReadOnlyDictionary<int, string> Answers);

/// <summary>Who registered for one consultation or event, in arrival order: for the editors' pages and the CSV.</summary>
public sealed record ParticipantList(
    Registrable Item, SeatSummary Seats, IReadOnlyList<RegistrationQuestion> Questions,
    IReadOnlyList<Participant> Confirmed, IReadOnlyList<Participant> Waitlist, int CancelledCount)
{
    public int Attended => Confirmed.Count(p => p.AttendedAt is not null);
}

public sealed class Participants(ReSomaDbContext db, SeatAllocator seats)
{
    public async Task<ParticipantList> ListAsync(Registrable item, CancellationToken cancellationToken = default)
    {
        var pool = item.SeatPoolId;
        var questions = await db.RegistrationQuestions.AsNoTracking().Where(q => q.SeatPoolId == pool).OrderBy(q => q.Position).ToListAsync(cancellationToken);
        var rows = await db.SeatRegistrations.AsNoTracking()
            .Where(r => r.SeatPoolId == pool && r.Status != SeatStatus.Cancelled)
            .OrderBy(r => r.Sequence)
            .Select(r => new
            {
                r.Id, r.UserId, r.Status, r.RegisteredAt, r.ConfirmedAt, r.Code, r.AttendedAt, r.AccessNeeds, r.AccessNote,
                r.User!.DisplayName, r.User.Email, Organisation = r.User.Organisation == null ? null : r.User.Organisation.Name,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var answers = (await db.RegistrationAnswers.AsNoTracking().Where(a => ids.Contains(a.SeatRegistrationId))
                .Select(a => new { a.SeatRegistrationId, a.RegistrationQuestionId, a.Value }).ToListAsync(cancellationToken))
            .ToLookup(a => a.SeatRegistrationId);
        var cancelled = await db.SeatRegistrations.CountAsync(r => r.SeatPoolId == pool && r.Status == SeatStatus.Cancelled, cancellationToken);
        var roles = await RolesOfAsync(rows.Select(r => r.UserId).ToList(), cancellationToken);

        var people = rows.Select(r => new Participant(
            r.Id, r.Status, null, r.DisplayName, r.Email ?? "", r.Organisation, roles.GetValueOrDefault(r.UserId), r.RegisteredAt, r.ConfirmedAt,
            r.Code, r.AttendedAt, AccessNeeds.KeysIn(r.AccessNeeds), r.AccessNote,
            answers[r.Id].ToDictionary(a => a.RegistrationQuestionId, a => a.Value))).ToList();
        return new ParticipantList(
            item, await seats.SummaryAsync(pool, cancellationToken), questions,
            people.Where(p => p.Status == SeatStatus.Confirmed).ToList(),
            people.Where(p => p.Status == SeatStatus.Waitlisted).Select((p, i) => p with { Position = i + 1 }).ToList(),
            cancelled);
    }

    // The role a person takes part as: their stakeholder role first, else (staff who registered) their staff role.
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
