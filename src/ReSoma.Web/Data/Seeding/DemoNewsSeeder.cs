using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// Published demo news from the launch in 2018 to the move into IMISCOE, related to the demo topics that exist. The
/// items about the Lisbon conference are linked to its event when the events seeder (registered before this one) has
/// added it; otherwise they are seeded without the link. Runs once (see <see cref="SeedMarks"/>).
/// </summary>
public sealed class DemoNewsSeeder(ReSomaDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string MarkName = "demo:news:v1";

    public Task SeedAsync() => SeedMarks.RunOnceAsync(db, MarkName, AddAsync, clock);

    private async Task AddAsync()
    {
        var wanted = DemoNews.All.SelectMany(n => n.TopicSlugs).Distinct().ToList();
        var topics = await db.Topics.Where(t => wanted.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug);
        var conference = await db.Events.FirstOrDefaultAsync(e => e.Slug == DemoNews.FinalConferenceSlug);
        // A portal that already has news gets the demo items at its next start: never take a slug in use.
        var taken = (await db.NewsPosts.Select(n => n.Slug).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        foreach (var item in DemoNews.All)
        {
            var at = new DateTimeOffset(item.Date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            var post = new NewsPost
            {
                Title = item.Title,
                Slug = FreeSlug(Slugs.From(item.Title), taken),
                Date = item.Date,
                Teaser = item.Teaser,
                Body = item.Body,
                CreatedAt = at,
                UpdatedAt = at,
                IsDemo = true,
                Topics = item.TopicSlugs.Where(topics.ContainsKey).Select(s => topics[s]).ToList(),
                Events = item.AboutFinalConference && conference is not null ? [conference] : [],
            };
            post.Publish(at);
            db.NewsPosts.Add(post);
        }

        await db.SaveChangesAsync();
    }

    private static string FreeSlug(string root, HashSet<string> taken)
    {
        var slug = root;
        for (var n = 2; !taken.Add(slug); n++)
        {
            slug = $"{root}-{n}";
        }

        return slug;
    }
}
