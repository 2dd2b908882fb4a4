using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Cycles;

/// <summary>A phase's actual start as recorded; the recorder's name is public, part of the record of the process.</summary>
public sealed record PhaseStart(DateOnly StartsOn, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>One phase of the public timeline: when it was planned to start, and when it did (if it has).</summary>
public sealed record TimelineEntry(CyclePhase Phase, DateOnly? Planned, PhaseStart? Actual, bool IsCurrent);

public sealed record CyclePage(
    int Year, CyclePhase Phase, bool IsCurrent, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt,
    IReadOnlyList<TimelineEntry> Timeline, CycleTopics Topics, int ProposalCount);

public sealed class CyclePageQuery(ReSomaDbContext db)
{
    public async Task<CyclePage?> RunAsync(int year, CancellationToken cancellationToken = default)
    {
        var cycle = await db.Cycles.AsNoTracking().Include(c => c.PhaseChanges).Include(c => c.PlannedPhases).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Year == year, cancellationToken);
        if (cycle is null)
        {
            return null;
        }

        // A phase shows when it has a plan or a recorded start; a cycle from before plans shows only what happened.
        var timeline = Enum.GetValues<CyclePhase>()
            .Select(phase => new TimelineEntry(
                phase,
                cycle.PlannedStart(phase),
                cycle.PhaseChanges.Where(c => c.Phase == phase).Select(c => new PhaseStart(c.StartsOn, c.RecordedByName, c.RecordedAt)).FirstOrDefault(),
                cycle.IsCurrent && cycle.Phase == phase))
            .Where(e => e.Planned is not null || e.Actual is not null)
            .ToList();
        var topics = (await CycleGroups.LoadAsync(db, year, area: null, cancellationToken)).Single();
        var proposals = await db.TopicProposals.CountAsync(p => p.DecidedInYear == year, cancellationToken);
        return new CyclePage(cycle.Year, cycle.Phase, cycle.IsCurrent, cycle.OpenedAt, cycle.ClosedAt, timeline, topics, proposals);
    }
}
