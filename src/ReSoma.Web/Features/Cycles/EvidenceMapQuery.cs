using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Cycles;

/// <summary>The steps of a cycle a topic's evidence goes through, in order: the columns of the evidence map.</summary>
public enum EvidenceStep
{
    ConsultationsHeld,
    ContributionsAccepted,
    DiscussionBrief,
    PolicyOptionBrief,
    FinalReport,
    Interviews,
}

/// <summary>A public item in a cell of the map, with the language its title is written in.</summary>
public sealed record EvidenceItem(string Title, string Path, string Language = ContentLanguage.Default);

/// <summary>One cell: how many, and the items behind the number (for contributions: the consultations they came to).</summary>
public sealed record EvidenceCell(int Count, IReadOnlyList<EvidenceItem> Items)
{
    public bool IsEmpty => Count == 0;
}

public sealed record EvidenceRow(string Topic, string TopicPath, Area Area, IReadOnlyDictionary<EvidenceStep, EvidenceCell> Cells)
{
    public int Gaps => Cells.Values.Count(c => c.IsEmpty);
}

public sealed record EvidenceMap(int Year, bool IsCurrent, IReadOnlyList<EvidenceRow> Rows);

/// <summary>
/// A cycle's topics against the steps of the cycle: consultations held, contributions accepted, the three briefs and the
/// interviews. Only what is public counts: published consultations that were not cancelled and have ended, published
/// briefs and interviews. Accepted contributions are counted (a number names nobody) and linked through their
/// consultation, whose page shows them only where the editors chose to.
/// </summary>
public sealed class EvidenceMapQuery(ReSomaDbContext db, TimeProvider clock)
{
    public static IReadOnlyList<EvidenceStep> Steps { get; } = Enum.GetValues<EvidenceStep>();

    public async Task<EvidenceMap?> RunAsync(int year, CancellationToken cancellationToken = default)
    {
        var cycle = await db.Cycles.AsNoTracking().Where(c => c.Year == year).Select(c => new { c.Year, c.IsCurrent }).FirstOrDefaultAsync(cancellationToken);
        if (cycle is null)
        {
            return null;
        }

        var topics = await db.Topics.AsNoTracking().Where(t => t.Cycle!.Year == year).OrderBy(t => t.Area).ThenBy(t => t.Title)
            .Select(t => new { t.Id, t.Title, Slug = t.FirstEntry != null ? t.FirstEntry.Slug : t.Slug, t.Area }).ToListAsync(cancellationToken);

        // Few rows per cycle (nine topics): loaded and sorted in memory, where times compare the same on every provider.
        var consultations = await db.Consultations.AsNoTracking()
            .Where(c => c.Topic!.Cycle!.Year == year && c.IsPublished && !c.IsCancelled)
            .Select(c => new { c.Id, c.TopicId, c.Title, c.Slug, c.EndsAt, Accepted = db.Contributions.Count(x => x.ConsultationId == c.Id && x.Status == ContributionStatus.Accepted) })
            .ToListAsync(cancellationToken);
        var briefs = await db.Briefs.AsNoTracking()
            .Where(b => b.Topic!.Cycle!.Year == year && b.Status == BriefStatus.Published)
            .Select(b => new { b.TopicId, b.Series, b.Title, b.Slug, b.PublishedOn, b.Language })
            .ToListAsync(cancellationToken);
        var interviews = await db.Interviews.AsNoTracking()
            .Where(i => i.Status == InterviewStatus.Published && i.Topics.Any(t => t.Cycle!.Year == year))
            .Select(i => new { i.Title, i.Year, i.Month, i.Slug, i.Language, TopicIds = i.Topics.Select(t => t.Id).ToList() })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var rows = topics.Select(topic =>
        {
            var held = consultations.Where(c => c.TopicId == topic.Id && c.EndsAt <= now).OrderBy(c => c.EndsAt).ToList();
            EvidenceCell BriefsOf(BriefSeries series) => Cell(briefs.Where(b => b.TopicId == topic.Id && b.Series == series)
                .OrderBy(b => b.PublishedOn).Select(b => new EvidenceItem(b.Title, "/briefs/" + b.Slug, b.Language)).ToList());
            var cells = new Dictionary<EvidenceStep, EvidenceCell>
            {
                [EvidenceStep.ConsultationsHeld] = Cell(held.Select(c => new EvidenceItem(c.Title, "/consultations/" + c.Slug)).ToList()),
                [EvidenceStep.ContributionsAccepted] = new(held.Sum(c => c.Accepted),
                    held.Where(c => c.Accepted > 0).Select(c => new EvidenceItem($"{c.Title} ({c.Accepted})", "/consultations/" + c.Slug)).ToList()),
                [EvidenceStep.DiscussionBrief] = BriefsOf(BriefSeries.DiscussionBrief),
                [EvidenceStep.PolicyOptionBrief] = BriefsOf(BriefSeries.PolicyOptionBrief),
                [EvidenceStep.FinalReport] = BriefsOf(BriefSeries.FinalSyntheticReport),
                [EvidenceStep.Interviews] = Cell(interviews.Where(i => i.TopicIds.Contains(topic.Id)).OrderBy(i => i.Year).ThenBy(i => i.Month)
                    .Select(i => new EvidenceItem(i.Title, Interview.PathOf(i.Year, i.Month, i.Slug), i.Language)).ToList()),
            };
            return new EvidenceRow(topic.Title, "/topics/" + topic.Slug, topic.Area, cells);
        }).ToList();
        return new EvidenceMap(cycle.Year, cycle.IsCurrent, rows);
    }

    public static string NameOf(EvidenceStep step) => step switch
    {
        EvidenceStep.ConsultationsHeld => "Consultations held",
        EvidenceStep.ContributionsAccepted => "Contributions accepted",
        EvidenceStep.DiscussionBrief => "Discussion brief",
        EvidenceStep.PolicyOptionBrief => "Policy option brief",
        EvidenceStep.FinalReport => "Final synthetic report",
        _ => "Interviews",
    };

    private static EvidenceCell Cell(IReadOnlyList<EvidenceItem> items) => new(items.Count, items);
}
