using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>What opening a cycle would do, read from the database and checked against the rules.</summary>
public sealed class OpeningPlan
{
    public int Year { get; private init; }

    /// <summary>The current cycle, tracked so that it can be archived.</summary>
    public Cycle? Previous { get; private init; }

    public IReadOnlyList<Topic> CarriedOver { get; private init; } = [];
    public IReadOnlyList<TopicProposal> Adopted { get; private init; } = [];
    public IReadOnlyList<AreaCount> Counts { get; private init; } = [];
    public List<FormError> Errors { get; } = [];

    /// <summary>Areas with fewer or more than three topics.</summary>
    public IReadOnlyList<AreaCount> Unusual => Counts.Where(c => c.Count != Cycle.TopicsPerArea).ToList();

    public static async Task<OpeningPlan> LoadAsync(ReSomaDbContext db, OpenCycleInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var year = input.Year!.Value;
        var previous = await db.Cycles.Include(c => c.Topics).FirstOrDefaultAsync(c => c.IsCurrent, cancellationToken);
        var carryIds = input.CarryOver.Distinct().ToList();
        var adoptIds = input.Adopt.Distinct().ToList();
        var carried = previous?.Topics.Where(t => carryIds.Contains(t.Id)).ToList() ?? [];
        var adopted = await db.TopicProposals.Where(p => adoptIds.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var rows = input.FilledRows.Select(r => r.Row).ToList();
        var plan = new OpeningPlan
        {
            Year = year,
            Previous = previous,
            CarriedOver = carried,
            Adopted = adopted,
            Counts = AreaNames.All
                .Select(a => new AreaCount(a, carried.Count(t => t.Area == a) + adopted.Count(p => p.Area == a) + rows.Count(r => r.Area == a)))
                .ToList(),
        };

        var exists = await db.Cycles.AnyAsync(c => c.Year == year, cancellationToken);
        if (Cycle.RefusalToOpen(year, exists, previous?.Year, now) is { } refusal)
        {
            plan.Errors.Add(new(nameof(OpenCycleInput.Year), refusal));
        }

        plan.CheckChoices(carryIds.Count, adoptIds.Count, input);
        return plan;
    }

    private void CheckChoices(int carryRequested, int adoptRequested, OpenCycleInput input)
    {
        if (CarriedOver.Count != carryRequested)
        {
            Errors.Add(new(nameof(OpenCycleInput.CarryOver), "Only topics of the current cycle can be carried over, and one of those chosen is not (anymore). Check the choices and open again."));
        }

        if (Adopted.Count != adoptRequested || Adopted.Any(p => p.Year != Year))
        {
            Errors.Add(new(nameof(OpenCycleInput.Adopt), $"Only proposals made for {Year} can be adopted, and one of those chosen is not. Check the choices and open again."));
        }

        foreach (var proposal in Adopted.Where(p => p.AdoptedTopicId is not null))
        {
            Errors.Add(new(nameof(OpenCycleInput.Adopt), $"The proposal “{proposal.Title}” has already been adopted as a topic."));
        }

        var total = Counts.Sum(c => c.Count);
        if (total == 0)
        {
            Errors.Add(new("", "Choose the topics of the new cycle: carry some over, adopt proposals or write new ones."));
        }
        else if (Errors.Count == 0 && Unusual.Count > 0 && !input.OpenAnyway)
        {
            var counts = string.Join(" and ", Unusual.Select(c => $"{c.Area.DisplayName()} has {c.Count} {(c.Count == 1 ? "topic" : "topics")}"));
            Errors.Add(new(nameof(OpenCycleInput.OpenAnyway),
                $"{counts}, where ReSOMA chooses {Cycle.TopicsPerArea} per area. Tick “Open anyway” to open the cycle with these numbers, or change the topics."));
        }
    }
}
