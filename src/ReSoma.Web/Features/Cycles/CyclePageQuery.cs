using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Cycles;

/// <summary>One step of the public timeline: the recorder's name is public, part of the record of the process.</summary>
public sealed record TimelineEntry(CyclePhase Phase, DateOnly StartsOn, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record CyclePage(
    int Year, CyclePhase Phase, bool IsCurrent, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt,
    IReadOnlyList<TimelineEntry> Timeline, CycleTopics Topics, int ProposalCount, bool TakesProposals);

public sealed class CyclePageQuery(ReSomaDbContext db)
{
    public async Task<CyclePage?> RunAsync(int year, CancellationToken cancellationToken = default)
    {
        var cycle = await db.Cycles.AsNoTracking().Include(c => c.PhaseChanges)
            .FirstOrDefaultAsync(c => c.Year == year, cancellationToken);
        if (cycle is null)
        {
            return null;
        }

        var timeline = cycle.PhaseChanges.OrderBy(c => c.Phase)
            .Select(c => new TimelineEntry(c.Phase, c.StartsOn, c.RecordedByName, c.RecordedAt))
            .ToList();
        var topics = (await CycleGroups.LoadAsync(db, year, area: null, cancellationToken)).Single();
        var proposals = await db.TopicProposals.CountAsync(p => p.Year == year, cancellationToken);
        return new CyclePage(cycle.Year, cycle.Phase, cycle.IsCurrent, cycle.OpenedAt, cycle.ClosedAt, timeline, topics, proposals, cycle.TakesProposals);
    }
}
