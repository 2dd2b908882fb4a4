using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Audit;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>Moves a cycle one phase forward; the rules are the cycle's own (<see cref="Domain.Cycle.MoveTo"/>).</summary>
public sealed class CyclePhaseMover(ReSomaDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<CyclePhaseMover> localizer)
{
    /// <returns>Why the move was refused (nothing changed), or null when it was recorded.</returns>
    public async Task<string?> MoveAsync(int year, PhaseMoveInput input, string userId, string userName, CancellationToken cancellationToken = default)
    {
        var cycle = await db.Cycles.Include(c => c.PhaseChanges).FirstOrDefaultAsync(c => c.Year == year, cancellationToken);
        if (cycle is null)
        {
            return localizer["There is no cycle {0}.", year];
        }

        var refusal = cycle.MoveTo(input.Phase!.Value, input.StartsOn!.Value, clock.GetUtcNow(), userId, userName);
        if (refusal is not null)
        {
            return refusal;
        }

        audit.Record(AuditAction.CyclePhaseMoved, "cycle", $"Cycle {year}", $"/cycles/{year}", details: $"{input.Phase.Value} from {input.StartsOn.Value:yyyy-MM-dd}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await ContentNews.PhaseChangedAsync(db, year, input.Phase.Value, input.StartsOn.Value, clock.GetUtcNow(), cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // Another admin moved or archived the cycle between our read and our write (version or unique phase).
            db.ChangeTracker.Clear();
            return localizer["Someone changed this cycle at the same moment. Its phase as it is now is shown below; move it again if needed."];
        }
    }
}
