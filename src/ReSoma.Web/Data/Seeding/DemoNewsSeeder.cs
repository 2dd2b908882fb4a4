using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// Published demo news from the launch in 2018 to the move into IMISCOE, then about the current cycle (its opening and
/// its consultations), related to the demo topics that exist. The items about the Lisbon conference are linked to its
/// event when the events seeder (registered before this one) has added it; otherwise they are seeded without the
/// link. Runs once (see <see cref="SeedMarks"/>); a portal seeded with the first story keeps it.
/// </summary>
public sealed class DemoNewsSeeder(ReSomaDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string MarkName = "demo:news:v2";
    public const string FirstStoryMarkName = "demo:news:v1";

    public Task SeedAsync() => SeedMarks.RunOnceAsync(db, MarkName, AddAsync, clock, FirstStoryMarkName);

    private async Task AddAsync()
    {
        var story = new DemoStory(clock.GetUtcNow());
        var history = await db.Topics.Where(t => t.Cycle!.Year == 2018 || t.Cycle.Year == 2019).ToDictionaryAsync(t => t.Slug);
        var current = await DemoTopicLookup.CurrentAsync(db);
        IReadOnlyList<DemoNewsItem> currentItems = story.CurrentYear is { } year && current.Count > 0
            ? DemoNews.Current(year, DateOnly.FromDateTime(story.OpenedAt(year).UtcDateTime), story.Today)
            : [];
        var conference = await db.Events.FirstOrDefaultAsync(e => e.Slug == DemoNews.FinalConferenceSlug);
        // A portal that already has news gets the demo items at its next start: never take a slug in use.
        var taken = (await db.NewsPosts.Select(n => n.Slug).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var items = DemoNews.History.Select(i => (Item: i, Topics: history)).Concat(currentItems.Select(i => (Item: i, Topics: current)));
        foreach (var (item, topics) in items)
        {
            // Items of the seeding day go out at 09:00, or at once when the seeding runs earlier than that.
            var at = story.AtOrNow(item.Date, new TimeOnly(9, 0));
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
