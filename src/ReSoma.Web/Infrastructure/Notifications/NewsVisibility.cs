using System.Linq.Expressions;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>
/// News is shown and mailed only while what it links to is public: a brief unpublished after its announcement drops
/// out of notifications, digests and feeds (and comes back if published again). Public content is known by its
/// search entry, which every kind keeps public exactly while the item is; a cycle's phase is always public, and a
/// person's news about their own contribution links to their own page.
/// </summary>
public static class NewsVisibility
{
    public const string PersonalPathPrefix = "/account/";

    public static IQueryable<NewsItem> StillPublic(this IQueryable<NewsItem> items, ReSomaDbContext db) =>
        items.Where(n => n.Kind == NewsKind.CyclePhaseChanged
            || n.Path.StartsWith(PersonalPathPrefix)
            || db.SearchDocuments.Any(d => d.Path == n.Path && d.IsPublic));

    public static IQueryable<Notification> StillPublic(this IQueryable<Notification> notifications, ReSomaDbContext db) =>
        notifications.Where(AboutPublic(db));

    /// <summary>The rule above as an expression, for queries that count inside a projection.</summary>
    public static Expression<Func<Notification, bool>> AboutPublic(ReSomaDbContext db) =>
        x => x.NewsItem!.Kind == NewsKind.CyclePhaseChanged
            || x.NewsItem.Path.StartsWith(PersonalPathPrefix)
            || db.SearchDocuments.Any(d => d.Path == x.NewsItem.Path && d.IsPublic);
}
