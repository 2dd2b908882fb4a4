using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Topics;

public sealed record TopicDetails(string Title, string Slug, Area Area, TopicOrigin Origin, string Summary, int Year, CyclePhase Phase, bool CycleIsCurrent, IReadOnlyList<TopicCard> SameAreaInCycle);

public sealed class TopicDetailsQuery(ReSomaDbContext db)
{
    public async Task<TopicDetails?> RunAsync(string slug, CancellationToken cancellationToken = default)
    {
        var topic = await db.Topics.AsNoTracking()
            .Where(t => t.Slug == slug)
            .Select(t => new { t.Title, t.Slug, t.Area, t.Origin, t.Summary, t.CycleId, t.Cycle!.Year, t.Cycle.Phase, t.Cycle.IsCurrent })
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
        return new TopicDetails(topic.Title, topic.Slug, topic.Area, topic.Origin, topic.Summary, topic.Year, topic.Phase, topic.IsCurrent, siblings);
    }
}
