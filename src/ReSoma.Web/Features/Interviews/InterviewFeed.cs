using System.ServiceModel.Syndication;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Feeds;

namespace ReSoma.Web.Features.Interviews;

/// <summary>An Atom feed of the newest published interviews: the expert is the author, the topics are the categories.</summary>
public sealed class InterviewFeed(ReSomaDbContext db)
{
    public const int Size = 30;

    public async Task<string> AtomAsync(string siteRoot, CancellationToken cancellationToken = default)
    {
        var interviews = await db.Interviews.AsNoTracking()
            .Where(i => i.Status == InterviewStatus.Published)
            .OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id)
            .Take(Size)
            .Select(i => new
            {
                i.Year, i.Month, i.Slug, i.Title, i.Standfirst, i.Language, i.ExpertName, i.PublishedAt, i.UpdatedAt,
                Topics = i.Topics.OrderBy(t => t.Title).Select(t => t.Title).ToList(),
            })
            .ToListAsync(cancellationToken);

        var feed = AtomFeed.Create(
            "ReSOMA expert interviews",
            "Each month an expert on the news story most likely to reshape EU migration, asylum and integration policy.",
            siteRoot + "/interviews", siteRoot + "/interviews/feed", interviews.Count > 0 ? interviews.Max(i => i.UpdatedAt) : DateTimeOffset.UnixEpoch);
        feed.Items = interviews.Select(i =>
        {
            var url = siteRoot + InterviewPage.PathOf(new InterviewMonth(i.Year, i.Month), i.Slug);
            var item = AtomFeed.Entry(i.Title, i.Standfirst, url, i.UpdatedAt, i.PublishedAt ?? i.UpdatedAt, language: i.Language);
            if (!string.IsNullOrWhiteSpace(i.ExpertName))
            {
                item.Authors.Add(new SyndicationPerson { Name = i.ExpertName });
            }

            foreach (var topic in i.Topics)
            {
                item.Categories.Add(new SyndicationCategory(topic));
            }

            return item;
        }).ToList();

        return AtomFeed.Write(feed);
    }
}
