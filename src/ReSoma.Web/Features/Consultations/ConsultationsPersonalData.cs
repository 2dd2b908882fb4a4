using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Seats;

namespace ReSoma.Web.Features.Consultations;

/// <summary>A person's registrations and contributions: in their data export, and released when they leave.</summary>
public sealed class ConsultationsPersonalData(ReSomaDbContext db, SeatAllocator seats, ConsultationMails mails, ContributionCommands contributions) : IPersonalDataSource, IAccountDeletionStep
{
    public string Section => "consultations";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(SeatRegistration), typeof(Contribution)];

    public async Task<object?> CollectAsync(string userId, CancellationToken cancellationToken) => new
    {
        Registrations = await db.SeatRegistrations.AsNoTracking().Where(r => r.UserId == userId)
            .Join(db.Consultations, r => r.SeatPoolId, c => c.SeatPoolId, (r, c) => new { Consultation = c.Title, c.Slug, Status = r.Status.ToString(), r.RegisteredAt, r.ConfirmedAt, r.CancelledAt })
            .ToListAsync(cancellationToken),
        Contributions = await db.Contributions.AsNoTracking().Where(c => c.AuthorUserId == userId)
            .Select(c => new { Consultation = c.Consultation!.Title, c.Title, c.Body, Status = c.Status.ToString(), c.SubmittedAt, c.UpdatedAt, c.AttachmentOriginalName })
            .ToListAsync(cancellationToken),
        ContributionsModerated = await db.Contributions.AsNoTracking().Where(c => c.ModeratedByUserId == userId)
            .Select(c => new { Consultation = c.Consultation!.Title, c.Title, Decision = c.Status.ToString(), c.ModeratedAt })
            .ToListAsync(cancellationToken),
    };

    // Cancelling through the allocator hands each freed seat to the waitlist, which a plain cascade delete would not.
    public async Task BeforeDeleteAsync(string userId, CancellationToken cancellationToken)
    {
        await contributions.RemoveAttachmentsOfAsync(userId, cancellationToken);

        // An editor's decisions stay on the contributions, without the editor's name.
        await db.Contributions.Where(c => c.ModeratedByUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ModeratedByName, ApplicationUser.FormerMember).SetProperty(c => c.ModeratedByUserId, (string?)null), cancellationToken);

        var registrations = await db.SeatRegistrations.AsNoTracking()
            .Where(r => r.UserId == userId && r.Status != SeatStatus.Cancelled)
            .Join(db.Consultations, r => r.SeatPoolId, c => c.SeatPoolId, (r, c) => new { r.SeatPoolId, ConsultationId = c.Id })
            .ToListAsync(cancellationToken);
        foreach (var registration in registrations)
        {
            var result = await seats.CancelAsync(registration.SeatPoolId, userId, cancellationToken);
            foreach (var promotion in result.Promoted)
            {
                await mails.SendAsync(ConsultationMails.Kind.Promoted, registration.ConsultationId, promotion.UserId, cancellationToken: cancellationToken);
            }
        }
    }
}
