using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>Cancels a consultation (its public page then says why, and registration closes) or reinstates it.
/// Registrations are kept either way, so a reinstated consultation has its participants back.</summary>
public sealed class ConsultationCancellation(ReSomaDbContext db, Registrables registrables, Registrar registrations, TimeProvider clock, IStringLocalizer<ConsultationCancellation> localizer)
{
    /// <returns>Why it cannot be cancelled, or null when it was.</returns>
    public async Task<string?> CancelAsync(int id, string reason, CancellationToken cancellationToken = default)
    {
        var consultation = await db.Consultations.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (consultation is null || consultation.IsCancelled)
        {
            return consultation is null ? localizer["This consultation no longer exists."] : localizer["The consultation is already cancelled."];
        }

        consultation.IsCancelled = true;
        consultation.CancellationReason = reason.Trim();
        consultation.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);

        // Everyone with a seat or a place on the waitlist is told.
        if (await registrables.ConsultationAsync(consultation.Slug, cancellationToken) is { } item)
        {
            await registrations.TellCancelledAsync(item, cancellationToken);
        }

        return null;
    }

    public async Task<string?> ReinstateAsync(int id, CancellationToken cancellationToken = default)
    {
        var consultation = await db.Consultations.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (consultation is null || !consultation.IsCancelled)
        {
            return consultation is null ? localizer["This consultation no longer exists."] : localizer["The consultation is not cancelled."];
        }

        consultation.IsCancelled = false;
        consultation.CancellationReason = null;
        consultation.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
