using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>What opening a cycle would do, read from the database and checked against the rules. The wizard loads it
/// to show each step and the review; the opener loads it again inside its transaction and writes it.</summary>
public sealed class OpeningPlan
{
    public int Year { get; private init; }

    public PhasePlan? Phases { get; private init; }

    /// <summary>The current cycle, tracked so that it can be archived.</summary>
    public Cycle? Previous { get; private init; }

    public IReadOnlyList<Topic> CarriedOver { get; private init; } = [];
    public IReadOnlyList<TopicProposal> Adopted { get; private init; } = [];

    /// <summary>Proposals waiting for this opening: adopted ones become topics, the others are decided as not adopted.</summary>
    public IReadOnlyList<TopicProposal> OpenProposals { get; private init; } = [];

    /// <summary>Consultations still running on a carried topic: they move to the topic's entry in the new cycle.</summary>
    public IReadOnlyList<Consultation> Moving { get; private init; } = [];

    /// <summary>Consultations still running on a topic that is not carried over: they stay with the archived cycle.</summary>
    public IReadOnlyList<Consultation> Staying { get; private init; } = [];

    public IReadOnlyList<AreaCount> Counts { get; private init; } = [];
    public List<FormError> Errors { get; } = [];

    /// <summary>Areas with fewer or more than three topics.</summary>
    public IReadOnlyList<AreaCount> Unusual => Counts.Where(c => c.Count != Cycle.TopicsPerArea).ToList();

    /// <summary>An error in the year or the dates, which belong to the wizard's first step.</summary>
    public bool HasDateErrors => Errors.Any(e => OpenCycleInput.DateFields.Contains(e.Field));

    /// <param name="localizer">Words the checks put into their messages (Admin's resource).</param>
    public static async Task<OpeningPlan> LoadAsync(ReSomaDbContext db, OpenCycleInput input, DateTimeOffset now, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var year = input.Year!.Value;
        var previous = await db.Cycles.Include(c => c.Topics).FirstOrDefaultAsync(c => c.IsCurrent, cancellationToken);
        var carryIds = input.CarryOver.Distinct().ToList();
        var adoptIds = input.Adopt.Distinct().ToList();
        var carried = previous?.Topics.Where(t => carryIds.Contains(t.Id)).ToList() ?? [];
        var open = await db.TopicProposals.Where(p => p.DecidedInYear == null).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var adopted = await db.TopicProposals.Where(p => adoptIds.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var running = await RunningConsultationsAsync(db, previous, now, cancellationToken);
        var rows = input.FilledRows.Select(r => r.Row).ToList();
        var plan = new OpeningPlan
        {
            Year = year,
            Phases = input.Plan,
            Previous = previous,
            CarriedOver = carried,
            Adopted = adopted,
            OpenProposals = open,
            Moving = running.Where(c => carryIds.Contains(c.TopicId)).ToList(),
            Staying = running.Where(c => !carryIds.Contains(c.TopicId)).ToList(),
            Counts = AreaNames.All
                .Select(a => new AreaCount(a, carried.Count(t => t.Area == a) + adopted.Count(p => p.Area == a) + rows.Count(r => r.Area == a)))
                .ToList(),
        };

        var exists = await db.Cycles.AnyAsync(c => c.Year == year, cancellationToken);
        if (Cycle.RefusalToOpen(year, exists, previous?.Year, now) is { } refusal)
        {
            plan.Errors.Add(new(nameof(OpenCycleInput.Year), refusal));
        }
        else if (plan.Phases is { } phases)
        {
            plan.Errors.AddRange(phases.Refusals(year).Select(r => new FormError(r.Phase + "On", r.Message)));
        }

        plan.CheckChoices(carryIds.Count, adoptIds.Count, input, localizer);
        return plan;
    }

    // Tracked: the opener moves them. A consultation that is cancelled or over stays where it ran.
    private static async Task<List<Consultation>> RunningConsultationsAsync(ReSomaDbContext db, Cycle? previous, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (previous is null)
        {
            return [];
        }

        var consultations = await db.Consultations.Where(c => c.Topic!.CycleId == previous.Id && !c.IsCancelled).OrderBy(c => c.StartsAt).ToListAsync(cancellationToken);
        return consultations.Where(c => !c.IsClosedFor(now)).ToList();
    }

    private void CheckChoices(int carryRequested, int adoptRequested, OpenCycleInput input, IStringLocalizer localizer)
    {
        if (CarriedOver.Count != carryRequested)
        {
            Errors.Add(new(nameof(OpenCycleInput.CarryOver), localizer["Only topics of the current cycle can be carried over, and one of those chosen is not (anymore). Check the choices and try again."]));
        }

        if (Adopted.Count != adoptRequested || Adopted.Any(p => !p.IsOpen))
        {
            Errors.Add(new(nameof(OpenCycleInput.Adopt), localizer["Only open proposals can be adopted, and one of those chosen was decided meanwhile. Check the choices and try again."]));
        }

        var total = Counts.Sum(c => c.Count);
        if (total == 0)
        {
            Errors.Add(new("", localizer["Choose the topics of the new cycle: carry some over, adopt proposals or write new ones."]));
        }
        else if (Errors.Count == 0 && Unusual.Count > 0 && !input.OpenAnyway)
        {
            var counts = Unusual.Select(c => c.Count == 1
                ? localizer["{0} has 1 topic", localizer[c.Area.DisplayName()].Value].Value
                : localizer["{0} has {1} topics", localizer[c.Area.DisplayName()].Value, c.Count].Value).ToList();
            var joined = counts.Aggregate((a, b) => localizer["{0} and {1}", a, b].Value);
            Errors.Add(new(nameof(OpenCycleInput.OpenAnyway),
                localizer["{0}, where ReSOMA chooses {1} per area. Tick “Open anyway” to open the cycle with these numbers, or change the topics.", joined, Cycle.TopicsPerArea]));
        }
    }
}
