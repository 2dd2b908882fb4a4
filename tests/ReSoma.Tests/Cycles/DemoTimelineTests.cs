using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data.Seeding;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Cycles;

public sealed class DemoTimelineTests(DemoPortalFactory factory) : PortalTest<DemoPortalFactory>(factory)
{
    private DateTimeOffset Now => Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    [Fact]
    public async Task The_archived_cycles_have_whole_timelines_the_current_one_has_its_plan_and_the_next_cycle_has_proposals()
    {
        var timelines = await Factory.WithDbAsync(db => db.Cycles.OrderBy(c => c.Year)
            .Select(c => new { c.Year, c.IsCurrent, Steps = c.PhaseChanges.Select(p => new { p.Phase, p.StartsOn, p.RecordedByName, p.RecordedByUserId }).ToList() })
            .ToListAsync());
        timelines.ForEach(t => t.Steps.Sort((a, b) => a.Phase.CompareTo(b.Phase))); // phases are stored by name: order them here

        Assert.Equal([(2018, false), (2019, false), (Now.Year, true)], timelines.Select(t => (t.Year, t.IsCurrent)));
        foreach (var archived in timelines.Take(2))
        {
            Assert.Equal(Enum.GetValues<CyclePhase>(), archived.Steps.Select(s => s.Phase));
            Assert.All(archived.Steps, s => Assert.Equal(archived.Year, s.StartsOn.Year));
        }

        // This year's cycle has reached the phases whose planned day has come, agenda setting at least.
        var reached = new DemoStory(Now).ReachedPhases(Now.Year);
        Assert.Equal(reached, timelines[2].Steps.Select(s => (s.Phase, s.StartsOn)));
        Assert.Equal(CyclePhase.AgendaSetting, reached[0].Phase);
        Assert.All(timelines.SelectMany(t => t.Steps), s => Assert.Equal((DemoCycleTimelineSeeder.Recorder, (string?)null), (s.RecordedByName, s.RecordedByUserId)));

        var archive = await Client.GetAsync("/cycles/2019");
        Assert.Equal(4, archive.Document.QuerySelectorAll("ol#timeline > li").Length);
        Assert.Equal("Archive", archive.One("#cycle-status")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/cycles")).Status);

        var proposals = await Client.GetAsync("/cycles/next/proposals");
        Assert.Equal(HttpStatusCode.OK, proposals.Status);
        Assert.Equal(4, proposals.Document.QuerySelectorAll("#proposal-list > li").Length);
        Assert.Contains("Guardianship and age assessment", proposals.Text, StringComparison.Ordinal);
        var decided = await Client.GetAsync($"/cycles/{Now.Year}/proposals");
        Assert.Equal(HttpStatusCode.OK, decided.Status);
        Assert.Contains("Anti-racism as part of integration policy", decided.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_is_seeded_once()
    {
        var before = await Factory.WithDbAsync(async db => (await db.CyclePhaseChanges.CountAsync(), await db.TopicProposals.CountAsync()));
        await Factory.Services.InitializeDatabaseAsync();
        Assert.Equal(before, await Factory.WithDbAsync(async db => (await db.CyclePhaseChanges.CountAsync(), await db.TopicProposals.CountAsync())));
    }

    [Fact]
    public async Task The_wizard_offers_the_demo_proposals_and_the_current_topics()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var next = (Now.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(next, (await Client.GetAsync(CycleTestData.Wizard)).One("#Year")!.GetAttribute("value"));
        var wizard = await Client.WizardTopicsAsync();
        Assert.Equal(9, wizard.Document.QuerySelectorAll("input[name=CarryOver]").Length);
        Assert.Equal(4, wizard.Document.QuerySelectorAll("input[name=Adopt]").Length);
    }
}
