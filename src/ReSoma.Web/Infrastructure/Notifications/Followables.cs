using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>Something a person can follow, with its page and its Atom feed of news.</summary>
public sealed record Followable(FollowTarget Target, string Page, string Feed);

/// <summary>
/// The things a person can follow: each topic (keyed by its first entry, so following carries across cycles), the
/// three areas, the three brief series, the current cycle and the events. A follow is accepted only for one of these.
/// </summary>
public static class Followables
{
    public static IReadOnlyList<Followable> Fixed { get; } =
    [
        .. Enum.GetValues<Area>().Select(OfArea),
        .. BriefSeriesNames.All.Select(OfSeries),
        new(new FollowTarget(FollowKind.Cycle, Follow.CurrentCycle, "The current annual cycle"), "/cycles", "/feeds/cycle"),
        new(FollowTargets.Events, "/events", "/feeds/events"),
    ];

    public static Followable OfArea(Area area) =>
        new(FollowTargets.OfArea(area), "/topics?area=" + area.Slug(), "/feeds/areas/" + area.Slug());

    public static Followable OfSeries(BriefSeries series) =>
        new(FollowTargets.OfSeries(series), "/briefs?series=" + series.Slug(), "/feeds/series/" + series.Slug());

    public static Followable CurrentCycle => Fixed.Single(f => f.Target.Kind == FollowKind.Cycle);

    public static Followable Events => Fixed.Single(f => f.Target.Kind == FollowKind.Events);

    /// <summary>A topic, by its first entry (whose slug is the topic's one address).</summary>
    public static Followable OfTopic(int firstEntryId, string title, string firstEntrySlug) =>
        new(new FollowTarget(FollowKind.Topic, FollowTargets.TopicKey(firstEntryId, null), title),
            "/topics/" + Uri.EscapeDataString(firstEntrySlug), "/feeds/topics/" + Uri.EscapeDataString(firstEntrySlug));

    /// <summary>The followable thing a kind and key name, or null when there is none (a forged or stale form).</summary>
    public static async Task<Followable?> FindAsync(ReSomaDbContext db, FollowKind kind, string? key, CancellationToken cancellationToken)
    {
        if (kind != FollowKind.Topic)
        {
            return Fixed.FirstOrDefault(f => f.Target.Kind == kind && f.Target.Key == key);
        }

        if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        // A later cycle's entry carries the topic's latest title.
        var topic = await db.Topics.AsNoTracking().Where(t => t.Id == id && t.FirstEntryId == null)
            .Select(t => new
            {
                t.Slug,
                Title = db.Topics.Where(x => x.Id == id || x.FirstEntryId == id).OrderByDescending(x => x.Cycle!.Year).Select(x => x.Title).First(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return topic is null ? null : OfTopic(id, topic.Title, topic.Slug);
    }

    /// <summary>The current cycle's topics, by title, and any other topics the person follows.</summary>
    public static async Task<List<Followable>> TopicsAsync(ReSomaDbContext db, IEnumerable<int> alsoFirstEntryIds, CancellationToken cancellationToken)
    {
        var also = alsoFirstEntryIds.ToList();
        var topics = await db.Topics.AsNoTracking()
            .Where(t => t.Cycle!.IsCurrent || (t.FirstEntryId == null && also.Contains(t.Id)))
            .Select(t => new { Id = t.FirstEntryId ?? t.Id, t.Title, Slug = t.FirstEntry != null ? t.FirstEntry.Slug : t.Slug, t.Cycle!.IsCurrent, t.Cycle.Year })
            .ToListAsync(cancellationToken);
        return topics.OrderByDescending(t => t.Year).DistinctBy(t => t.Id)
            .OrderBy(t => t.Title, StringComparer.CurrentCulture)
            .Select(t => OfTopic(t.Id, t.Title, t.Slug))
            .ToList();
    }
}
