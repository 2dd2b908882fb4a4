using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Cycles;

public sealed record CycleRow(int Year, CyclePhase Phase, bool IsCurrent, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, int TopicCount);

public sealed record CycleListPage(IReadOnlyList<CycleRow> Cycles, int WaitingProposals);

/// <summary>Every cycle, the current one first, then the archive from the newest.</summary>
public sealed class CycleListQuery(ReSomaDbContext db)
{
    public async Task<CycleListPage> RunAsync(CancellationToken cancellationToken = default)
    {
        var cycles = await db.Cycles.AsNoTracking()
            .OrderByDescending(c => c.IsCurrent).ThenByDescending(c => c.Year)
            .Select(c => new CycleRow(c.Year, c.Phase, c.IsCurrent, c.OpenedAt, c.ClosedAt, c.Topics.Count))
            .ToListAsync(cancellationToken);
        return new CycleListPage(cycles, await db.TopicProposals.CountAsync(p => p.DecidedInYear == null, cancellationToken));
    }
}
