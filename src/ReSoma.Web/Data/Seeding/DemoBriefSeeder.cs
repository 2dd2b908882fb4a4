using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>The demo library: 49 briefs across both cycles, all series and areas (PDFs are generated on first download).</summary>
public sealed class DemoBriefSeeder(ReSomaDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string MarkName = "demo:briefs:v1";

    public Task SeedAsync() => SeedMarks.RunOnceAsync(db, MarkName, AddBriefsAsync, clock);

    private static string UniqueSlug(string root, HashSet<string> taken)
    {
        var slug = root;
        for (var n = 2; !taken.Add(slug); n++)
        {
            slug = $"{root}-{n}";
        }

        return slug;
    }

    private async Task AddBriefsAsync()
    {
        var topics = await db.Topics.ToDictionaryAsync(t => t.Slug, t => t.Id);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name);
        var slugs = new HashSet<string>();
        foreach (var demo in DemoBriefs.All.Where(b => topics.ContainsKey(b.TopicSlug)))
        {
            var published = new DateTimeOffset(demo.Published.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
            db.Briefs.Add(new Brief
            {
                TopicId = topics[demo.TopicSlug],
                Series = demo.Series,
                Title = demo.Title,
                Slug = UniqueSlug(Slugs.From(demo.Title), slugs),
                Summary = demo.Summary,
                Body = demo.Body,
                Keywords = string.Join("; ", demo.Keywords),
                PublishedOn = demo.Published,
                Status = BriefStatus.Published,
                CreatedAt = published,
                UpdatedAt = published,
                IsDemo = true,
                Authors = demo.Authors.Select((a, i) => new BriefAuthor
                {
                    Name = a.Name,
                    Position = i + 1,
                    Organisation = organisations.GetValueOrDefault(a.Organisation),
                }).ToList(),
            });
        }

        await db.SaveChangesAsync();
    }
}
