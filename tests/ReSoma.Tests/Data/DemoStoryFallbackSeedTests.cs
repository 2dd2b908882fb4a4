using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data.Seeding;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Data;

/// <summary>A clock inside the history cannot have a current cycle of its own year: the portal starts with the history only.</summary>
public sealed class DemoStoryIn2019Tests(DemoPortalIn2019 factory) : PortalTest<DemoPortalIn2019>(factory)
{
    [Fact]
    public async Task A_clock_in_2019_seeds_only_the_history_and_every_page_still_answers()
    {
        var (cycles, proposals, consultations) = await Factory.WithDbAsync(async db => (
            await db.Cycles.OrderBy(c => c.Year).Select(c => new { c.Year, c.IsCurrent }).ToListAsync(),
            await db.TopicProposals.CountAsync(),
            await db.Consultations.Select(c => c.Topic!.Cycle!.Year).ToListAsync()));

        Assert.Equal([(2018, false), (2019, false)], cycles.Select(c => (c.Year, c.IsCurrent)));
        Assert.Equal(0, proposals);
        Assert.Equal([2019, 2019], consultations);
        foreach (var path in new[] { "/", "/cycles", "/cycles/2019", "/topics", "/topics/detention-increasing-use", "/consultations", "/interviews", "/events", "/news", "/cycles/next/proposals" })
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(path)).Status);
        }

        Assert.NotNull((await Client.GetAsync("/")).One("#no-cycle"));
    }
}

/// <summary>A portal seeded with the first story (2019 current) keeps it: the new story's steps replace the old marks.</summary>
public sealed class FirstStoryPortalTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_portal_seeded_with_the_first_story_gets_none_of_the_new_steps()
    {
        string[] firstStory =
        [
            DemoContentSeeder.FirstStoryMarkName, DemoBriefSeeder.MarkName, DemoConsultationSeeder.FirstStoryMarkName, DemoCycleTimelineSeeder.FirstStoryMarkName,
            DemoInterviewSeeder.FirstStoryMarkName, DemoEventSeeder.FirstStoryMarkName, DemoNewsSeeder.FirstStoryMarkName,
        ];
        await Factory.WithDbAsync(async db =>
        {
            db.SeedMarks.AddRange(firstStory.Select(name => new SeedMark { Name = name, AppliedAt = DateTimeOffset.UtcNow }));
            await db.SaveChangesAsync();
        });

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>())
            {
                await seeder.SeedAsync();
            }
        }

        var (marks, rows) = await Factory.WithDbAsync(async db => (
            await db.SeedMarks.Where(m => m.Name.StartsWith("demo:")).Select(m => m.Name).ToListAsync(), // the demo's marks; other one-time steps have their own
            await db.Cycles.CountAsync() + await db.Topics.CountAsync() + await db.Consultations.CountAsync() + await db.Interviews.CountAsync()
                + await db.Events.CountAsync() + await db.NewsPosts.CountAsync() + await db.TopicProposals.CountAsync() + await db.Organisations.CountAsync()));
        Assert.Equal(firstStory.Order(), marks.Order());
        Assert.Equal(0, rows);
    }
}
