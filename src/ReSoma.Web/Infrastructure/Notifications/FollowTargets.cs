using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>
/// The followable things a piece of content belongs to, named as followers know them. A topic is followed across
/// cycles, so its key is its first entry's id; the current cycle is one target whichever year it is.
/// </summary>
public static class FollowTargets
{
    public static FollowTarget OfArea(Area area) => new(FollowKind.Area, area.ToString(), area.DisplayName());

    public static FollowTarget OfSeries(BriefSeries series) => new(FollowKind.Series, series.ToString(), series.PluralName());

    public static FollowTarget CurrentCycle(int year) => new(FollowKind.Cycle, Follow.CurrentCycle, $"the {year} cycle");

    public static FollowTarget Events { get; } = new(FollowKind.Events, Follow.AllEvents, "ReSOMA events");

    public static string TopicKey(int topicId, int? firstEntryId) => (firstEntryId ?? topicId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The topics' own targets, their areas, and the current cycle when a topic is in it.</summary>
    public static async Task<List<FollowTarget>> OfTopicsAsync(ReSomaDbContext db, IReadOnlyCollection<int> topicIds, CancellationToken cancellationToken)
    {
        var topics = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id))
            .Select(t => new { t.Id, t.FirstEntryId, t.Title, t.Area, t.Cycle!.IsCurrent, t.Cycle.Year })
            .ToListAsync(cancellationToken);
        var targets = new List<FollowTarget>();
        targets.AddRange(topics.Select(t => new FollowTarget(FollowKind.Topic, TopicKey(t.Id, t.FirstEntryId), t.Title)));
        targets.AddRange(topics.Select(t => OfArea(t.Area)).Distinct());
        targets.AddRange(topics.Where(t => t.IsCurrent).Select(t => CurrentCycle(t.Year)).Distinct());
        return targets;
    }
}
