using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

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
                b.Title, b.Slug, b.Summary, b.Series, b.PublishedOn, b.UpdatedAt, Area = b.Topic!.Area, Topic = b.Topic.Title,
                Authors = b.Authors.OrderBy(a => a.Position).Select(a => a.Name).ToList(),
            })
            .ToListAsync(cancellationToken);

        var self = siteRoot + "/briefs/feed" + (area is null ? "" : "?area=" + area.Value.Slug());
        var feed = new SyndicationFeed(
            area is null ? "ReSOMA policy briefs" : $"ReSOMA policy briefs: {area.Value.DisplayName()}",
            "The newest discussion briefs, policy option briefs and final synthetic reports of ReSOMA.",
            new Uri(siteRoot + "/briefs"), self, briefs.Count > 0 ? briefs.Max(b => b.UpdatedAt) : DateTimeOffset.UnixEpoch);
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(self), "application/atom+xml"));
        feed.Items = briefs.Select(b =>
        {
            var url = siteRoot + "/briefs/" + b.Slug;
            var item = new SyndicationItem(b.Title, b.Summary, new Uri(url), url, b.UpdatedAt)
            {
                PublishDate = b.PublishedOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : b.UpdatedAt,
            };
            item.Summary = new TextSyndicationContent(b.Summary);
            foreach (var author in b.Authors)
            {
                item.Authors.Add(new SyndicationPerson { Name = author });
            }

            item.Categories.Add(new SyndicationCategory(b.Series.DisplayName()));
            item.Categories.Add(new SyndicationCategory(b.Area.DisplayName()));
            item.Categories.Add(new SyndicationCategory(b.Topic));
            return item;
        }).ToList();

        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
