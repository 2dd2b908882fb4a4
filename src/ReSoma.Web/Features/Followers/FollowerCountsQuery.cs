using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Followers;

/// <summary>A followed thing and how many follow it; never who.</summary>
public sealed record FollowerCount(string Label, int Followers);

/// <summary>A topic across its cycles (one follow key), linked at its first entry's address.</summary>
public sealed record TopicFollowerCount(string Title, string Path, Area Area, int LatestYear, bool InCurrentCycle, int Followers);

public sealed record FollowerCountsPage(
    IReadOnlyList<TopicFollowerCount> Topics, IReadOnlyList<FollowerCount> Areas, IReadOnlyList<FollowerCount> Series, FollowerCount Cycle, FollowerCount Events);

/// <summary>
/// How many people follow each topic, area, series, the current cycle and the events: two queries, the counts grouped
/// by kind and key, and the topics to name them. Counts only: the page never says who follows what.
/// </summary>
public sealed class FollowerCountsQuery(ReSomaDbContext db, IStringLocalizer<FollowerCountsQuery> localizer)
{
    public async Task<FollowerCountsPage> RunAsync(CancellationToken cancellationToken = default)
    {
        var counts = (await db.Follows.AsNoTracking().GroupBy(f => new { f.Kind, f.Key })
                .Select(g => new { g.Key.Kind, g.Key.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(c => (c.Kind, c.Key), c => c.Count);
        int Of(FollowKind kind, string key) => counts.GetValueOrDefault((kind, key));

        var entries = await db.Topics.AsNoTracking()
            .Select(t => new { t.Id, t.FirstEntryId, t.Title, t.Slug, t.Area, t.Cycle!.Year, t.Cycle.IsCurrent })
            .ToListAsync(cancellationToken);
        var topics = entries.GroupBy(t => FollowTargets.TopicKey(t.Id, t.FirstEntryId))
            .Select(g =>
            {
                var first = g.FirstOrDefault(t => t.FirstEntryId is null) ?? g.First();
                var latest = g.MaxBy(t => t.Year)!;
                return new TopicFollowerCount(latest.Title, "/topics/" + first.Slug, latest.Area, latest.Year, g.Any(t => t.IsCurrent), Of(FollowKind.Topic, g.Key));
            })
            .OrderByDescending(t => t.InCurrentCycle).ThenByDescending(t => t.LatestYear).ThenBy(t => t.Area).ThenBy(t => t.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var year = entries.Where(t => t.IsCurrent).Select(t => (int?)t.Year).FirstOrDefault();
        return new FollowerCountsPage(
            topics,
            [.. Enum.GetValues<Area>().Select(a => new FollowerCount(localizer[a.DisplayName()], Of(FollowKind.Area, a.ToString())))],
            [.. Enum.GetValues<BriefSeries>().Select(s => new FollowerCount(localizer[s.PluralName()], Of(FollowKind.Series, s.ToString())))],
            new FollowerCount(year is { } y ? localizer["The current annual cycle ({0})", y.ToString(CultureInfo.InvariantCulture)] : localizer["The current annual cycle"], Of(FollowKind.Cycle, Follow.CurrentCycle)),
            new FollowerCount(localizer["ReSOMA events"], Of(FollowKind.Events, Follow.AllEvents)));
    }
}
