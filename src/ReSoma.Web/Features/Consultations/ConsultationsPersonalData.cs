using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Consultations;

/// <summary>A person's written contributions (and, for editors, their decisions on others'): in their data export, and
/// released when they leave. Registrations are the registration mechanism's.</summary>
public sealed class ConsultationsPersonalData(ReSomaDbContext db, ContributionCommands contributions) : IPersonalDataSource, IAccountDeletionStep
{
    public string Section => "consultations";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(Contribution)];

    public async Task<object?> CollectAsync(string userId, CancellationToken cancellationToken) => new
    {
        Contributions = await db.Contributions.AsNoTracking().Where(c => c.AuthorUserId == userId)
            .Select(c => new { Consultation = c.Consultation!.Title, c.Title, c.Body, Status = c.Status.ToString(), c.SubmittedAt, c.UpdatedAt, c.AttachmentOriginalName })
            .ToListAsync(cancellationToken),
        ContributionsModerated = await db.Contributions.AsNoTracking().Where(c => c.ModeratedByUserId == userId)
            .Select(c => new { Consultation = c.Consultation!.Title, c.Title, Decision = c.Status.ToString(), c.ModeratedAt })
            .ToListAsync(cancellationToken),
    };

    public async Task BeforeDeleteAsync(string userId, CancellationToken cancellationToken)
    {
        await contributions.RemoveAttachmentsOfAsync(userId, cancellationToken);

        // An editor's decisions stay on the contributions, without the editor's name.
        await db.Contributions.Where(c => c.ModeratedByUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ModeratedByName, ApplicationUser.FormerMember).SetProperty(c => c.ModeratedByUserId, (string?)null), cancellationToken);
    }
}
