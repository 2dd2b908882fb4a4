using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Admin.Cycles;

public sealed record PhaseChangeRow(CyclePhase Phase, DateOnly StartsOn, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record AdminCyclePage(
    int Year, CyclePhase Phase, bool IsCurrent, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt,
    CyclePhase? NextPhase, DateOnly CurrentPhaseStart, IReadOnlyList<PhaseChangeRow> Changes, CycleTopics Topics, int ProposalCount,
    PhaseMoveInput Move, PlanInput? Plan);

public sealed class AdminCyclePageQuery(ReSomaDbContext db, TimeProvider clock)
{
    /// <param name="move">The posted move, kept when the form is shown again; null for a fresh form dated today.</param>
    /// <param name="plan">The posted plan, kept when the form is shown again; null for the cycle's plan as stored.</param>
    public async Task<AdminCyclePage?> RunAsync(int year, PhaseMoveInput? move = null, CancellationToken cancellationToken = default, PlanInput? plan = null)
    {
        var cycle = await db.Cycles.AsNoTracking().Include(c => c.PhaseChanges).Include(c => c.PlannedPhases).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Year == year, cancellationToken);
        if (cycle is null)
        {
            return null;
        }

        var changes = cycle.PhaseChanges.OrderBy(c => c.Phase)
            .Select(c => new PhaseChangeRow(c.Phase, c.StartsOn, c.RecordedByName, c.RecordedAt))
            .ToList();
        var topics = (await CycleGroups.LoadAsync(db, year, area: null, cancellationToken)).Single();
        var proposals = await db.TopicProposals.CountAsync(p => p.DecidedInYear == year, cancellationToken);
        // "Today" is the UTC date: the portal serves all of Europe and stores times in UTC.
        move ??= new PhaseMoveInput { Phase = cycle.NextPhase, StartsOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
        return new AdminCyclePage(cycle.Year, cycle.Phase, cycle.IsCurrent, cycle.OpenedAt, cycle.ClosedAt, cycle.NextPhase, cycle.CurrentPhaseStart(),
            changes, topics, proposals, move, plan ?? StoredPlan(cycle));
    }

    // A cycle opened before plans existed has none; the form then starts empty.
    private static PlanInput? StoredPlan(Cycle cycle) =>
        cycle.PlannedPhases.Count == 0
            ? null
            : new PlanInput
            {
                AgendaSettingOn = cycle.PlannedStart(CyclePhase.AgendaSetting),
                ConsultationsOn = cycle.PlannedStart(CyclePhase.Consultations),
                SynthesisOn = cycle.PlannedStart(CyclePhase.Synthesis),
                PublicationOn = cycle.PlannedStart(CyclePhase.Publication),
            };
}
