using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Registrations;

/// <summary>One of a person's registrations, with the item it is for.</summary>
public sealed record MyRegistrationRow(int Id, Registrable Item, SeatStatus Status, int? WaitlistPosition, DateTimeOffset RegisteredAt, DateTimeOffset? AttendedAt);

/// <summary>"My registrations": only the signed-in person's, consultations and events together, upcoming first.</summary>
public sealed class MyRegistrationsQuery(ReSomaDbContext db, Registrables registrables, TimeProvider clock)
{
    public async Task<IReadOnlyList<MyRegistrationRow>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        var rows = await Mine(userId).Where(r => r.Status != SeatStatus.Cancelled)
            .Select(r => new
            {
                r.Id, r.SeatPoolId, r.Status, r.RegisteredAt, r.AttendedAt,
                Position = r.Status == SeatStatus.Waitlisted
                    ? db.SeatRegistrations.Count(o => o.SeatPoolId == r.SeatPoolId && o.Status == SeatStatus.Waitlisted && o.Sequence <= r.Sequence)
                    : (int?)null,
            })
            .ToListAsync(cancellationToken);
        var items = (await registrables.ByPoolsAsync(rows.Select(r => r.SeatPoolId).ToList(), cancellationToken)).ToDictionary(i => i.SeatPoolId);
        var now = clock.GetUtcNow();
        return rows.Where(r => items.TryGetValue(r.SeatPoolId, out var item) && item.IsPublished)
            .Select(r => new MyRegistrationRow(r.Id, items[r.SeatPoolId], r.Status, r.Position, r.RegisteredAt, r.AttendedAt))
            .OrderByDescending(r => !r.Item.IsOver(now)).ThenBy(r => r.Item.IsOver(now) ? -r.Item.StartsAt.UtcTicks : r.Item.StartsAt.UtcTicks)
            .ToList();
    }

    /// <summary>One registration, only if it is this person's.</summary>
    public async Task<MyRegistrationPage?> OneAsync(string userId, int id, CancellationToken cancellationToken = default)
    {
        var r = await Mine(userId).Where(x => x.Id == id && x.Status != SeatStatus.Cancelled)
            .Select(x => new { x.Id, x.SeatPoolId, x.Status, x.Sequence, x.Code, x.RegisteredAt, x.AttendedAt, x.AccessNeeds, x.AccessNote })
            .FirstOrDefaultAsync(cancellationToken);
        if (r is null || await registrables.ByPoolAsync(r.SeatPoolId, cancellationToken) is not { IsPublished: true } item)
        {
            return null;
        }

        var answers = await db.RegistrationAnswers.AsNoTracking().Where(a => a.SeatRegistrationId == r.Id)
            .OrderBy(a => a.Question!.Position).Select(a => new AnsweredQuestion(a.Question!.Prompt, a.Value)).ToListAsync(cancellationToken);
        var position = r.Status == SeatStatus.Waitlisted
            ? await db.SeatRegistrations.CountAsync(o => o.SeatPoolId == r.SeatPoolId && o.Status == SeatStatus.Waitlisted && o.Sequence <= r.Sequence, cancellationToken)
            : (int?)null;
        return new MyRegistrationPage(r.Id, item, r.Status, position, r.Status == SeatStatus.Confirmed ? r.Code : null, r.RegisteredAt, r.AttendedAt,
            AccessNeeds.KeysIn(r.AccessNeeds), r.AccessNote, answers, clock.GetUtcNow());
    }

    private IQueryable<SeatRegistration> Mine(string userId) => db.SeatRegistrations.AsNoTracking().Where(r => r.UserId == userId);
}

public sealed record AnsweredQuestion(string Prompt, string Value);

/// <summary>A person's own registration: the code and QR code to show at the door (with a seat only), what they
/// answered, and the certificate once they attended and it is over.</summary>
public sealed record MyRegistrationPage(
    int Id, Registrable Item, SeatStatus Status, int? WaitlistPosition, string? Code, DateTimeOffset RegisteredAt, DateTimeOffset? AttendedAt,
    IReadOnlyList<string> AccessNeeds, string? AccessNote, IReadOnlyList<AnsweredQuestion> Answers, DateTimeOffset Now)
{
    public bool HasCertificate => AttendedAt is not null && Item.GivesCertificates(Now);

    public bool CanCancel => Item.AllowsCancelling(Now) && !Item.IsCancelled;
}
