using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Feeds;
using ReSoma.Web.Infrastructure.Notifications;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.FollowFeeds;

/// <summary>
/// The public news feed of everything that can be followed. Cached like a public page: a news item announced evicts
/// it (<see cref="CacheTags.FollowFeeds"/>), and so does a change to what decides whether an item's page is still
/// public (its search entry) or what a topic's address is (cycles and topics).
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.FollowFeeds, CacheTags.Search, CacheTags.Cycles])]
[Route("feeds")]
public sealed class FollowFeedsController(FollowFeedQuery feeds, ReSomaDbContext db) : Controller
{
    /// <summary>Like the topic's page, a later cycle's address leads to the first entry's feed.</summary>
    [HttpGet("topics/{slug}")]
    public async Task<IActionResult> Topic(string slug, CancellationToken cancellationToken) =>
        await TopicAddress.FindAsync(db, slug, cancellationToken) switch
        {
            null => NotFound(),
            { MovedTo: { } first } => RedirectPermanent("/feeds/topics/" + Uri.EscapeDataString(first)),
            var topic => Atom(await feeds.OfTargetAsync(
                new FollowTarget(FollowKind.Topic, FollowTargets.TopicKey(topic.Id, firstEntryId: null), topic.Title),
                "/topics/" + Uri.EscapeDataString(slug), "/feeds/topics/" + Uri.EscapeDataString(slug), cancellationToken)),
        };

    [HttpGet("areas/{area}")]
    public async Task<IActionResult> Area(string area, CancellationToken cancellationToken) =>
        AreaNames.FromSlug(area) is { } found
            ? Atom(await feeds.OfTargetAsync(FollowTargets.OfArea(found), "/topics?area=" + found.Slug(), "/feeds/areas/" + found.Slug(), cancellationToken))
            : NotFound();

    [HttpGet("series/{series}")]
    public async Task<IActionResult> Series(string series, CancellationToken cancellationToken) =>
        BriefSeriesNames.FromSlug(series) is { } found
            ? Atom(await feeds.OfTargetAsync(FollowTargets.OfSeries(found), "/briefs?series=" + found.Slug(), "/feeds/series/" + found.Slug(), cancellationToken))
            : NotFound();

    [HttpGet("cycle")]
    public async Task<IActionResult> Cycle(CancellationToken cancellationToken) =>
        Atom(await feeds.OfTargetAsync(new FollowTarget(FollowKind.Cycle, Follow.CurrentCycle, "the current cycle"), "/cycles", "/feeds/cycle", cancellationToken));

    [HttpGet("events")]
    public async Task<IActionResult> Events(CancellationToken cancellationToken) =>
        Atom(await feeds.OfTargetAsync(FollowTargets.Events, "/events", "/feeds/events", cancellationToken));

    private static ContentResult Atom(string atom) => AtomFeed.Result(atom);
}
