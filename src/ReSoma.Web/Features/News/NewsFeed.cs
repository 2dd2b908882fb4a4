using System.ServiceModel.Syndication;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Feeds;

namespace ReSoma.Web.Features.News;

/// <summary>An Atom feed of the newest published news items.</summary>
public sealed class NewsFeed(ReSomaDbContext db)
{
    public const int Size = 30;

    public async Task<string> AtomAsync(string siteRoot, CancellationToken cancellationToken = default)
    {
        var posts = await db.NewsPosts.AsNoTracking()
            .Where(n => n.IsPublished)
            .OrderByDescending(n => n.Date).ThenByDescending(n => n.Id)
            .Take(Size)
            .Select(n => new { n.Title, n.Slug, n.Teaser, n.Language, n.Date, n.UpdatedAt, Topics = n.Topics.Select(t => t.Title).ToList() })
            .ToListAsync(cancellationToken);

        var feed = AtomFeed.Create(
            "ReSOMA news",
            "News from the Research Social Platform on Migration and Asylum: conferences, new topics, calls for contributions.",
            siteRoot + "/news", siteRoot + "/news/feed", posts.Count > 0 ? posts.Max(n => n.UpdatedAt) : DateTimeOffset.UnixEpoch);
        feed.Items = posts.Select(n =>
        {
            var published = new DateTimeOffset(n.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var item = AtomFeed.Entry(n.Title, n.Teaser, siteRoot + "/news/" + n.Slug, n.UpdatedAt, published, language: n.Language);
            foreach (var topic in n.Topics)
            {
                item.Categories.Add(new SyndicationCategory(topic));
            }

            return item;
        }).ToList();

        return AtomFeed.Write(feed);
    }
}
