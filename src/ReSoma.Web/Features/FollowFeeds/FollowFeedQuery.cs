using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Feeds;
using ReSoma.Web.Infrastructure.Notifications;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.FollowFeeds;

/// <summary>
/// Atom feeds of the news the portal announced (decision 0041): of one followable thing, or of everything that reached
/// one person. Only news for everyone, and only while its page is public; links come from the site's own address.
/// </summary>
public sealed class FollowFeedQuery(ReSomaDbContext db, SiteAddress site)
{
    public const int Size = 50;

    public const string PrivatePath = "/feeds/private/";

    /// <summary>The news whose targets include <paramref name="target"/>.</summary>
    public async Task<string> OfTargetAsync(FollowTarget target, string pagePath, string selfPath, CancellationToken cancellationToken)
    {
        var items = db.NewsItems.Where(n => n.Targets.Any(t => t.Kind == target.Kind && t.Key == target.Key));
        return Write("ReSOMA news: " + target.Label, $"What ReSOMA announces about {target.Label}, as its followers hear of it.", pagePath, selfPath, await EntriesAsync(items, cancellationToken));
    }

    /// <summary>The news that reached the person whose feed secret this is, or null when no one's is.</summary>
    public async Task<string?> OfPersonAsync(string token, CancellationToken cancellationToken)
    {
        var userId = await db.NotificationSettings.AsNoTracking().Where(s => s.FeedToken == token).Select(s => s.UserId).FirstOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            return null;
        }

        var items = db.Notifications.Where(x => x.UserId == userId).Select(x => x.NewsItem!);
        return Write("Your ReSOMA news", "The news of everything you follow on ReSOMA.", "/", PrivatePath + token, await EntriesAsync(items, cancellationToken));
    }

    // A personal item links to its person's own page: never in a feed, even a private one, which may be shared.
    private Task<List<Entry>> EntriesAsync(IQueryable<NewsItem> items, CancellationToken cancellationToken) =>
        items.AsNoTracking()
            .Where(n => !n.IsPersonal && !n.Path.StartsWith(NewsVisibility.PersonalPathPrefix))
            .StillPublic(db)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(Size)
            .Select(n => new Entry(n.Id, n.Title, n.Line, n.Path, n.CreatedAt))
            .ToListAsync(cancellationToken);

    private string Write(string title, string description, string pagePath, string selfPath, List<Entry> entries)
    {
        var feed = AtomFeed.Create(title, description, site.For(pagePath), site.For(selfPath), entries.Count > 0 ? entries.Max(e => e.CreatedAt) : DateTimeOffset.UnixEpoch);
        feed.Items = entries.Select(e => AtomFeed.Entry(e.Title, e.Line, site.For(e.Path), e.CreatedAt, e.CreatedAt, site.For("/#news-" + e.Id))).ToList();
        return AtomFeed.Write(feed);
    }

    private sealed record Entry(long Id, string Title, string Line, string Path, DateTimeOffset CreatedAt);
}
