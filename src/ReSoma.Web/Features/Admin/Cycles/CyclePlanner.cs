using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Audit;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>Changes the planned phase dates of the current cycle; the rules are the cycle's own (<see cref="Domain.Cycle.Replan"/>).</summary>
public sealed class CyclePlanner(ReSomaDbContext db, AuditTrail audit, IStringLocalizer<CyclePlanner> localizer)
{
    /// <returns>What was refused, by field (nothing changed); empty when the plan was saved.</returns>
    public async Task<IReadOnlyList<FormError>> PlanAsync(int year, PlanInput input, CancellationToken cancellationToken = default)
    {
        var cycle = await db.Cycles.Include(c => c.PlannedPhases).FirstOrDefaultAsync(c => c.Year == year, cancellationToken);
        if (cycle is null)
        {
            return [new("", localizer["There is no cycle {0}.", year])];
        }

        var refusals = cycle.Replan(input.Plan!);
        if (refusals.Count > 0)
        {
            return refusals.Select(r => new FormError(r.Phase is { } phase ? phase + "On" : "", r.Message)).ToList();
        }

        // Only the planned phases changed: touching the cycle's version makes a concurrent change of the cycle fail.
        cycle.Version++;
        audit.Record(AuditAction.CyclePlanned, "cycle", $"Cycle {year}", $"/cycles/{year}",
            details: string.Join(", ", input.Plan!.Steps.Select(s => $"{s.Phase} from {s.StartsOn:yyyy-MM-dd}")));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        catch (DbUpdateException)
        {
            // Another admin changed the plan, moved the cycle or opened a new one between our read and our write.
            db.ChangeTracker.Clear();
            return [new("", localizer["Someone changed this cycle at the same moment. Its plan as it is now is shown below; change it again if needed."])];
        }
    }
}
