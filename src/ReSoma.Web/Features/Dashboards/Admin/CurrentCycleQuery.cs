using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Dashboards.Admin;

/// <summary>The current cycle, its planned phases and whether next year's cycle exists, in one query.</summary>
public sealed class CurrentCycleQuery(ReSomaDbContext db)
{
    public async Task<CurrentCycle?> RunAsync(CancellationToken cancellationToken = default)
    {
        var cycle = await db.Cycles.AsNoTracking().Where(c => c.IsCurrent)
            .Select(c => new
            {
                c.Year, c.Phase, c.OpenedAt,
                Planned = c.PlannedPhases.Select(p => new { p.Phase, p.StartsOn }).ToList(),
                NextYearExists = db.Cycles.Any(x => x.Year == c.Year + 1),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (cycle is null)
        {
            return null;
        }

        var current = new CurrentCycle(cycle.Year, cycle.Phase, cycle.OpenedAt, null, cycle.NextYearExists);
        return current with { NextPhasePlannedOn = cycle.Planned.Where(p => p.Phase == current.NextPhase).Select(p => (DateOnly?)p.StartsOn).FirstOrDefault() };
    }
}
