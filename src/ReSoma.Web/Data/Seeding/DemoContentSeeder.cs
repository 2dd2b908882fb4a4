using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// Fills a new portal with the partner organisations, the 2018 and 2019 cycles as an archive, and the current cycle in
/// today's year with its nine topics: three carried over from 2019 as later entries of the 2019 topics, six new. All is
/// marked as demo content. Runs once per database (see <see cref="SeedMarks"/>); a portal seeded with the first story
/// (2019 current) keeps it.
/// </summary>
public sealed class DemoContentSeeder(ReSomaDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string MarkName = "demo:core:v2";
    public const string FirstStoryMarkName = "demo:core:v1";

    public Task SeedAsync() => SeedMarks.RunOnceAsync(db, MarkName, AddContentAsync, clock, FirstStoryMarkName);

    private async Task AddContentAsync()
    {
        AddOrganisations();
        await db.SaveChangesAsync();
        var story = new DemoStory(clock.GetUtcNow());
        var history = await AddHistoryAsync(story);
        if (story.CurrentYear is { } year && history is not null)
        {
            await AddCurrentCycleAsync(story, year, history);
        }
    }

    private void AddOrganisations()
    {
        foreach (var o in DemoCatalogue.Organisations)
        {
            db.Organisations.Add(new Organisation
            {
                Name = o.Name,
                NormalizedName = Organisation.Normalize(o.Name),
                Country = o.Country,
                Website = o.Website,
                Description = o.Description,
                IsPartner = o.PartnerRole is not null,
                PartnerRole = o.PartnerRole,
                IsDemo = true,
            });
        }
    }

    /// <summary>The two cycles of the Horizon 2020 project, both archived: 2019 closed with the final conference (or
    /// when a 2020 cycle opened, should the clock say 2020). Null when a portal already has cycles of those years.</summary>
    private async Task<Cycle?> AddHistoryAsync(DemoStory story)
    {
        if (await db.Cycles.AnyAsync(c => c.Year == 2018 || c.Year == 2019))
        {
            return null;
        }

        var closed2019 = story.CurrentYear is { } year && story.OpenedAt(year) < DemoStory.FinalConferenceEnd ? story.OpenedAt(year) : DemoStory.FinalConferenceEnd;
        var cycles = new Dictionary<int, Cycle>
        {
            [2018] = new() { Year = 2018, Phase = CyclePhase.Publication, OpenedAt = Utc(2018, 2, 1), ClosedAt = Utc(2019, 1, 15), IsDemo = true },
            [2019] = new() { Year = 2019, Phase = CyclePhase.Publication, OpenedAt = Utc(2019, 1, 15), ClosedAt = closed2019, IsDemo = true },
        };
        foreach (var t in DemoCatalogue.Topics)
        {
            cycles[t.Year].Topics.Add(new Topic { Title = t.Title, Slug = t.Slug, Area = t.Area, Origin = t.Origin, Summary = t.Summary, IsDemo = true });
        }

        db.Cycles.AddRange(cycles.Values);
        await db.SaveChangesAsync();
        return cycles[2019];
    }

    /// <summary>
    /// The current cycle as an admin's opening and phase moves would have written it: opened on New Year's morning with
    /// the demo plan, moved into every phase whose planned day has come (recorded on that day), its carried topics
    /// pointing at their 2019 entries. Left out when the portal already has a current cycle or one of that year.
    /// </summary>
    private async Task AddCurrentCycleAsync(DemoStory story, int year, Cycle cycle2019)
    {
        if (await db.Cycles.AnyAsync(c => c.IsCurrent || c.Year == year))
        {
            return;
        }

        var cycle = Cycle.Open(year, DemoStory.PlanFor(year), story.OpenedAt(year), userId: null, DemoStory.Recorder);
        cycle.IsDemo = true;
        foreach (var (phase, startsOn) in story.ReachedPhases(year).Skip(1))
        {
            if (cycle.MoveTo(phase, startsOn, story.MorningOrNow(startsOn), userId: null, DemoStory.Recorder) is { } refusal)
            {
                throw new InvalidOperationException($"The demo plan of {year} cannot reach {phase.DisplayName()}: {refusal}");
            }
        }

        foreach (var slug in DemoCurrentCycle.CarriedFrom2019)
        {
            var entry = cycle2019.Topics.Single(t => t.Slug == slug).ContinueIn(DemoCurrentCycle.CarriedSlug(slug, year));
            entry.IsDemo = true;
            cycle.Topics.Add(entry);
        }

        foreach (var t in DemoCurrentCycle.NewTopics)
        {
            cycle.Topics.Add(new Topic { Title = t.Title, Slug = t.Slug, Area = t.Area, Origin = t.Origin, Summary = t.Summary, IsDemo = true });
        }

        db.Cycles.Add(cycle);
        await db.SaveChangesAsync();
    }

    private static DateTimeOffset Utc(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);
}
