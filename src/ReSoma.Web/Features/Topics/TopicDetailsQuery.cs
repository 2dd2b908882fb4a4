using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Topics;

public sealed record TopicPublication(string Title, string Slug, DateOnly? PublishedOn);

public sealed record TopicSeries(BriefSeries Series, IReadOnlyList<TopicPublication> Briefs);

public sealed record TopicConsultation(string Title, string Slug, ConsultationFormat Format, DateTimeOffset StartsAt, string TimeZoneId, bool IsCancelled);

public sealed record TopicDetails(
    string Title, string Slug, Area Area, TopicOrigin Origin, string Summary, int Year, CyclePhase Phase, bool CycleIsCurrent,
    IReadOnlyList<TopicCard> SameAreaInCycle, IReadOnlyList<TopicSeries> Publications, IReadOnlyList<TopicConsultation> Consultations);

public sealed class TopicDetailsQuery(ReSomaDbContext db)
{
    public async Task<TopicDetails?> RunAsync(string slug, CancellationToken cancellationToken = default)
    {
        var topic = await db.Topics.AsNoTracking()
            .Where(t => t.Slug == slug)
            .Select(t => new { t.Id, t.Title, t.Slug, t.Area, t.Origin, t.Summary, t.CycleId, t.Cycle!.Year, t.Cycle.Phase, t.Cycle.IsCurrent })
            .FirstOrDefaultAsync(cancellationToken);
        if (topic is null)
        {
            return null;
        }

        var siblings = await db.Topics.AsNoTracking()
            .Where(t => t.CycleId == topic.CycleId && t.Area == topic.Area && t.Slug != slug)
            .OrderBy(t => t.Title)
            .Select(t => new TopicCard(t.Title, t.Slug, t.Area, t.Origin, topic.Year))
            .ToListAsync(cancellationToken);
        var briefs = await db.Briefs.AsNoTracking()
            .Where(b => b.Topic!.Slug == slug && b.Status == BriefStatus.Published)
            .OrderByDescending(b => b.PublishedOn)
            .Select(b => new { b.Series, Publication = new TopicPublication(b.Title, b.Slug, b.PublishedOn) })
            .ToListAsync(cancellationToken);
        var publications = BriefSeriesNames.All
            .Select(s => new TopicSeries(s, briefs.Where(b => b.Series == s).Select(b => b.Publication).ToList()))
            .Where(s => s.Briefs.Count > 0)
            .ToList();
        var consultations = await db.Consultations.AsNoTracking()
            .Where(c => c.TopicId == topic.Id)
            .OrderByDescending(c => c.StartsAt)
            .Select(c => new TopicConsultation(c.Title, c.Slug, c.Format, c.StartsAt, c.TimeZoneId, c.IsCancelled))
            .ToListAsync(cancellationToken);
        return new TopicDetails(topic.Title, topic.Slug, topic.Area, topic.Origin, topic.Summary, topic.Year, topic.Phase, topic.IsCurrent, siblings, publications, consultations);
    }
}
