using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>What each step of the wizard shows: the current cycle's topics to carry over, the open proposals, and on
/// the review what opening would do.</summary>
public sealed class OpenCycleForm(ReSomaDbContext db, TimeProvider clock)
{
    /// <param name="year">The year asked for in the address; the default is the year after the current cycle.</param>
    public async Task<OpenCyclePage> BlankAsync(int? year, CancellationToken cancellationToken = default)
    {
        var currentYear = await db.Cycles.Where(c => c.IsCurrent).Select(c => (int?)c.Year).FirstOrDefaultAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var chosen = YearOrDefault(year, currentYear);
        return await ShowAsync(OpenCycleStep.Dates, OpenCycleInput.Blank(chosen, PhasePlan.For(chosen, today)), [], null, cancellationToken);
    }

    /// <summary>A step with the input as posted, and the counts that triggered a warning.</summary>
    public async Task<OpenCyclePage> ShowAsync(OpenCycleStep step, OpenCycleInput input, IReadOnlyList<AreaCount> counts, OpeningPlan? plan, CancellationToken cancellationToken = default)
    {
        input.WithEmptyRows();
        var current = await db.Cycles.AsNoTracking().Where(c => c.IsCurrent).Select(c => new { c.Id, c.Year }).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var running = current is null
            ? []
            : (await db.Consultations.AsNoTracking().Where(c => c.Topic!.CycleId == current.Id && !c.IsCancelled)
                .Select(c => new { c.TopicId, c.Title, c.EndsAt }).ToListAsync(cancellationToken))
                .Where(c => c.EndsAt > now).ToList();
        var topics = current is null
            ? []
            : await db.Topics.AsNoTracking().Where(t => t.CycleId == current.Id).OrderBy(t => t.Title)
                .Select(t => new { t.Id, t.Area, t.Title, t.Origin }).ToListAsync(cancellationToken);
        var proposals = await db.TopicProposals.AsNoTracking().Where(p => p.DecidedInYear == null).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => new { p.Area, Option = new ProposalOption(p.Id, p.Title, p.Rationale, p.ProposedByName, p.CreatedAt) })
            .ToListAsync(cancellationToken);

        var areas = AreaNames.All.Select(area => new AreaChoices(
                area,
                topics.Where(t => t.Area == area)
                    .Select(t => new CarryOverOption(t.Id, t.Title, t.Origin, running.Where(c => c.TopicId == t.Id).Select(c => c.Title).ToList()))
                    .ToList(),
                proposals.Where(p => p.Area == area).Select(p => p.Option).ToList(),
                input.NewTopics.Select((row, index) => (row, index)).Where(r => r.row.Area == area).Select(r => r.index).ToList()))
            .ToList();
        var review = step == OpenCycleStep.Review && plan is not null ? Review(plan, input) : null;
        return new OpenCyclePage(step, input, current?.Year, areas, counts.Where(c => c.Count != Cycle.TopicsPerArea).ToList(), review);
    }

    private static OpenCycleReview Review(OpeningPlan plan, OpenCycleInput input)
    {
        var adoptedIds = plan.Adopted.Select(p => p.Id).ToHashSet();
        var rows = input.FilledRows.Select(r => r.Row).ToList();
        return new OpenCycleReview(
            AreaNames.All.Select(area => new ReviewArea(
                area,
                plan.CarriedOver.Where(t => t.Area == area).Select(t => t.Title).ToList(),
                plan.Adopted.Where(p => p.Area == area).Select(p => p.Title).ToList(),
                rows.Where(r => r.Area == area).Select(r => r.Title!.Trim()).ToList())).ToList(),
            plan.OpenProposals.Where(p => !adoptedIds.Contains(p.Id)).Select(p => p.Title).ToList(),
            plan.Moving.Select(c => c.Title).ToList(),
            plan.Staying.Select(c => c.Title).ToList());
    }

    // The year after the current cycle (or this year on a portal without one) stands in for a missing or absurd year.
    private int YearOrDefault(int? year, int? currentYear)
    {
        var now = clock.GetUtcNow();
        return year is { } y && Cycle.IsSensibleYear(y, now) ? y : currentYear + 1 ?? now.Year;
    }
}
