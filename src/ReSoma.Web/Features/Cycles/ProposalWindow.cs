using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Cycles;

/// <summary>Whether a year's proposals page exists, and whether stakeholders may still propose topics for it.</summary>
public sealed record ProposalState(int Year, bool Open, string? ClosedReason);

/// <summary>
/// Topics are open to proposals until they are final: while the year has no cycle yet, or its cycle is current and
/// still in agenda setting. Shared by the proposals page and the command, so both apply the same rule.
/// </summary>
public sealed class ProposalWindow(ReSomaDbContext db, TimeProvider clock)
{
    /// <returns>Null when the year has no cycle and is not a sensible one (the page does not exist).</returns>
    public async Task<ProposalState?> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        // Only the columns the rule needs, in a Cycle so that the rule is the cycle's own (TakesProposals).
        var cycle = await db.Cycles.AsNoTracking().Where(c => c.Year == year)
            .Select(c => new Cycle { Year = c.Year, Phase = c.Phase, IsCurrent = c.IsCurrent })
            .FirstOrDefaultAsync(cancellationToken);
        if (cycle is not null)
        {
            return cycle.TakesProposals
                ? new ProposalState(year, true, null)
                : new ProposalState(year, false, cycle.IsCurrent
                    ? $"The topics of cycle {year} are final: the cycle has moved on to {cycle.Phase.DisplayName()}, so proposals are closed."
                    : $"Cycle {year} is archived: its topics were chosen long ago, so proposals are closed.");
        }

        if (!Cycle.IsSensibleYear(year, clock.GetUtcNow()))
        {
            return null;
        }

        var currentYear = await db.Cycles.Where(c => c.IsCurrent).Select(c => (int?)c.Year).FirstOrDefaultAsync(cancellationToken);
        return year < currentYear
            ? new ProposalState(year, false, $"No cycle will be opened for {year}, because the current cycle is {currentYear}: propose topics for a coming cycle instead.")
            : new ProposalState(year, true, null);
    }

    /// <summary>The year whose topics are being chosen: the current cycle's while it is in agenda setting, else the next one.</summary>
    public async Task<int> ComingYearAsync(CancellationToken cancellationToken = default)
    {
        var current = await db.Cycles.AsNoTracking().Where(c => c.IsCurrent).Select(c => new { c.Year, c.Phase }).FirstOrDefaultAsync(cancellationToken);
        if (current is not null)
        {
            return current.Phase == CyclePhase.AgendaSetting ? current.Year : current.Year + 1;
        }

        var latest = await db.Cycles.MaxAsync(c => (int?)c.Year, cancellationToken);
        return latest + 1 ?? clock.GetUtcNow().Year;
    }
}
