using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Evidence;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Topics;

public sealed record TopicPublication(string Title, string Slug, DateOnly? PublishedOn);

public sealed record TopicSeries(BriefSeries Series, IReadOnlyList<TopicPublication> Briefs);

public sealed record TopicConsultation(string Title, string Slug, ConsultationFormat Format, DateTimeOffset StartsAt, string TimeZoneId, bool IsCancelled);

public sealed record TopicInterview(string Title, string Path, string ExpertName, InterviewMonth Month);

public sealed record TopicEvent(string Title, string Slug, DateTimeOffset StartsAt, string TimeZoneId);

/// <summary>What the topic did in one cycle in which it ran.</summary>
public sealed record TopicRun(
    int Year, bool IsCurrent, CyclePhase Phase,
    IReadOnlyList<TopicSeries> Publications, IReadOnlyList<TopicConsultation> Consultations, IReadOnlyList<TopicInterview> Interviews,
    IReadOnlyList<TopicEvent> Events, IReadOnlyList<LinkedItem> LinkedEvidence)
{
    public bool IsEmpty => Publications.Count == 0 && Consultations.Count == 0 && Interviews.Count == 0 && Events.Count == 0;
}

/// <param name="Runs">Every cycle in which the topic ran, the newest first.</param>
/// <param name="FirstEntryId">The topic's first entry, which is what its followers follow.</param>
public sealed record TopicDetails(
    int FirstEntryId, string Title, string Slug, Area Area, TopicOrigin Origin, string Summary, IReadOnlyList<TopicRun> Runs, IReadOnlyList<TopicCard> SameAreaInCycle)
{
    public TopicRun Latest => Runs[0];
}

/// <summary>
/// A topic's page shows its whole history: every cycle in which it ran, with the briefs, consultations and interviews
/// of each, the events about it, and the evidence its briefs link to (cited contributions, followed-up briefs, the
/// interviews and events where they were discussed). The address of a later cycle's entry leads to the first entry's (see <see cref="Topic.FirstEntryId"/>).
/// </summary>
public sealed class TopicDetailsQuery(ReSomaDbContext db, EvidenceLinks links)
{
    public abstract record Result;

    public sealed record Found(TopicDetails Topic) : Result;

    public sealed record MovedTo(string Slug) : Result;

    public sealed record Missing : Result;

    public async Task<Result> RunAsync(string slug, CancellationToken cancellationToken = default)
    {
        var asked = await TopicAddress.FindAsync(db, slug, cancellationToken);
        if (asked is null)
        {
            return new Missing();
        }

        if (asked.MovedTo is { } first)
        {
            return new MovedTo(first);
        }

        var entries = await db.Topics.AsNoTracking()
            .Where(t => t.Id == asked.Id || t.FirstEntryId == asked.Id)
            .OrderByDescending(t => t.Cycle!.Year)
            .Select(t => new { t.Id, t.Title, t.Area, t.Origin, t.Summary, t.CycleId, t.Cycle!.Year, t.Cycle.Phase, t.Cycle.IsCurrent })
            .ToListAsync(cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        var briefs = await db.Briefs.AsNoTracking()
            .Where(b => ids.Contains(b.TopicId) && b.Status == BriefStatus.Published)
            .OrderByDescending(b => b.PublishedOn)
            .Select(b => new { b.Id, b.TopicId, b.Series, Publication = new TopicPublication(b.Title, b.Slug, b.PublishedOn) })
            .ToListAsync(cancellationToken);
        var consultations = await db.Consultations.AsNoTracking()
            .Where(c => ids.Contains(c.TopicId) && c.IsPublished)
            .OrderByDescending(c => c.StartsAt)
            .Select(c => new { c.TopicId, Consultation = new TopicConsultation(c.Title, c.Slug, c.Format, c.StartsAt, c.TimeZoneId, c.IsCancelled) })
            .ToListAsync(cancellationToken);
        var interviews = (await db.Interviews.AsNoTracking()
                .Where(i => i.Status == InterviewStatus.Published && i.Topics.Any(t => ids.Contains(t.Id)))
                .OrderByDescending(i => i.Year).ThenByDescending(i => i.Month)
                .Select(i => new { TopicIds = i.Topics.Select(t => t.Id).ToList(), i.Title, i.Slug, i.Year, i.Month, i.ExpertName })
                .ToListAsync(cancellationToken))
            .Select(i => new { i.TopicIds, Interview = new TopicInterview(i.Title, Interview.PathOf(i.Year, i.Month, i.Slug), i.ExpertName, new InterviewMonth(i.Year, i.Month)) })
            .ToList();

        var events = await db.Events.AsNoTracking()
            .Where(e => e.IsPublished && e.Topics.Any(t => ids.Contains(t.Id)))
            .OrderByDescending(e => e.StartsAt)
            .Select(e => new { TopicIds = e.Topics.Select(t => t.Id).ToList(), Event = new TopicEvent(e.Title, e.Slug, e.StartsAt, e.TimeZoneId) })
            .ToListAsync(cancellationToken);
        var linked = await links.OfBriefsAsync(briefs.Select(b => b.Id).ToList(), publicOnly: true, cancellationToken);

        var runs = entries.Select(e => new TopicRun(
                e.Year, e.IsCurrent, e.Phase,
                BriefSeriesNames.All
                    .Select(s => new TopicSeries(s, briefs.Where(b => b.TopicId == e.Id && b.Series == s).Select(b => b.Publication).ToList()))
                    .Where(s => s.Briefs.Count > 0)
                    .ToList(),
                consultations.Where(c => c.TopicId == e.Id).Select(c => c.Consultation).ToList(),
                interviews.Where(i => i.TopicIds.Contains(e.Id)).Select(i => i.Interview).ToList(),
                events.Where(x => x.TopicIds.Contains(e.Id)).Select(x => x.Event).ToList(),
                LinkedFrom(briefs.Where(b => b.TopicId == e.Id).Select(b => b.Id).ToHashSet(), linked, briefs.Select(b => "/briefs/" + b.Publication.Slug).ToHashSet())))
            .ToList();

        var latest = entries[0];
        var siblings = await db.Topics.AsNoTracking()
            .Where(t => t.CycleId == latest.CycleId && t.Area == latest.Area && !ids.Contains(t.Id))
            .OrderBy(t => t.Title)
            .Select(t => new TopicCard(t.Title, t.FirstEntry != null ? t.FirstEntry.Slug : t.Slug, t.Area, t.Origin, latest.Year, null))
            .ToListAsync(cancellationToken);
        return new Found(new TopicDetails(asked.Id, latest.Title, slug, latest.Area, latest.Origin, latest.Summary, runs, siblings));
    }

    /// <summary>What the run's briefs link to, once each, leaving out the topic's own briefs (already listed above).</summary>
    private static List<LinkedItem> LinkedFrom(HashSet<int> runBriefs, IReadOnlyList<BriefLinkedItem> linked, HashSet<string> ownPaths) =>
        linked.Where(l => runBriefs.Contains(l.BriefId) && !ownPaths.Contains(l.Item.Path))
            .Select(l => l.Item)
            .DistinctBy(i => (i.Path, i.Title))
            .OrderBy(i => i.Kind).ThenBy(i => i.Title, StringComparer.Ordinal)
            .ToList();
}
