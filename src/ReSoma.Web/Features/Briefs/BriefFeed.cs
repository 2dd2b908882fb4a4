using System.ServiceModel.Syndication;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Feeds;

namespace ReSoma.Web.Features.Briefs;

/// <summary>An Atom feed of the newest published briefs, of all areas or of one.</summary>
public sealed class BriefFeed(ReSomaDbContext db)
{
    public const int Size = 30;

    public async Task<string> AtomAsync(Area? area, string siteRoot, CancellationToken cancellationToken = default)
    {
        var briefs = await db.Briefs.AsNoTracking()
            .Where(b => b.Status == BriefStatus.Published && (area == null || b.Topic!.Area == area))
            .OrderByDescending(b => b.PublishedOn).ThenByDescending(b => b.Id)
            .Take(Size)
            .Select(b => new
            {
                b.Title, b.Slug, b.Summary, b.Language, b.Series, b.PublishedOn, b.UpdatedAt, Area = b.Topic!.Area, Topic = b.Topic.Title,
                Authors = b.Authors.OrderBy(a => a.Position).Select(a => a.Name).ToList(),
            })
            .ToListAsync(cancellationToken);

        var self = siteRoot + "/briefs/feed" + (area is null ? "" : "?area=" + area.Value.Slug());
        var feed = AtomFeed.Create(
            area is null ? "ReSOMA policy briefs" : $"ReSOMA policy briefs: {area.Value.DisplayName()}",
            "The newest discussion briefs, policy option briefs and final synthetic reports of ReSOMA.",
            siteRoot + "/briefs", self, briefs.Count > 0 ? briefs.Max(b => b.UpdatedAt) : DateTimeOffset.UnixEpoch);
        feed.Items = briefs.Select(b =>
        {
            var published = b.PublishedOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : b.UpdatedAt;
            var item = AtomFeed.Entry(b.Title, b.Summary, siteRoot + "/briefs/" + b.Slug, b.UpdatedAt, published, language: b.Language);
            foreach (var author in b.Authors)
            {
                item.Authors.Add(new SyndicationPerson { Name = author });
            }

            item.Categories.Add(new SyndicationCategory(b.Series.DisplayName()));
            item.Categories.Add(new SyndicationCategory(b.Area.DisplayName()));
            item.Categories.Add(new SyndicationCategory(b.Topic));
            return item;
        }).ToList();

        return AtomFeed.Write(feed);
    }
}
