using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Registrations;

/// <summary>A person's registrations for consultations and events, with their answers, access needs and attendance: in
/// their data export, and released when they leave (seats to the waitlist first; the rows, answers included, go with
/// the account by cascade).</summary>
public sealed class RegistrationsPersonalData(ReSomaDbContext db, Registrables registrables, Infrastructure.Registrations.Registrar registrations) : IPersonalDataSource, IAccountDeletionStep
{
    public string Section => "registrations";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(SeatRegistration), typeof(RegistrationAnswer), typeof(RegistrationReminder)];

    public async Task<object?> CollectAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = await db.SeatRegistrations.AsNoTracking().Where(r => r.UserId == userId)
            .Select(r => new
            {
                r.SeatPoolId, Status = r.Status.ToString(), r.Code, r.RegisteredAt, r.ConfirmedAt, r.CancelledAt, r.AttendedAt, r.AccessNeeds, r.AccessNote,
                Answers = r.Answers.OrderBy(a => a.Question!.Position).Select(a => new { Question = a.Question!.Prompt, Answer = a.Value }).ToList(),
                Reminders = db.RegistrationReminders.Where(m => m.SeatRegistrationId == r.Id).Select(m => new { m.LeadHours, m.SentAt }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var items = (await registrables.ByPoolsAsync(rows.Select(r => r.SeatPoolId).ToList(), cancellationToken)).ToDictionary(i => i.SeatPoolId);
        return rows.Select(r => new
        {
            Kind = items.GetValueOrDefault(r.SeatPoolId)?.Noun, Title = items.GetValueOrDefault(r.SeatPoolId)?.Title, Address = items.GetValueOrDefault(r.SeatPoolId)?.PublicPath,
            r.Status, r.Code, r.RegisteredAt, r.ConfirmedAt, r.CancelledAt, r.AttendedAt,
            AccessNeeds = AccessNeeds.KeysIn(r.AccessNeeds).Select(AccessNeeds.LabelOf).ToList(), r.AccessNote, r.Answers, r.Reminders,
        }).ToList();
    }

    public Task BeforeDeleteAsync(string userId, CancellationToken cancellationToken) =>
        registrations.ReleaseAllOfAsync(userId, cancellationToken);
}
