using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

public sealed record AdminCycleRow(int Year, CyclePhase Phase, bool IsCurrent, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, int TopicCount, int ProposalCount);

public sealed record AdminCycleListPage(IReadOnlyList<AdminCycleRow> Cycles, int? CurrentYear);

public sealed class AdminCycleListQuery(ReSomaDbContext db)
{
    public async Task<AdminCycleListPage> RunAsync(CancellationToken cancellationToken = default)
    {
        var cycles = await db.Cycles.AsNoTracking()
            .OrderByDescending(c => c.IsCurrent).ThenByDescending(c => c.Year)
            .Select(c => new AdminCycleRow(c.Year, c.Phase, c.IsCurrent, c.OpenedAt, c.ClosedAt, c.Topics.Count, db.TopicProposals.Count(p => p.DecidedInYear == c.Year)))
            .ToListAsync(cancellationToken);
        return new AdminCycleListPage(cycles, cycles.FirstOrDefault(c => c.IsCurrent)?.Year);
    }
}
