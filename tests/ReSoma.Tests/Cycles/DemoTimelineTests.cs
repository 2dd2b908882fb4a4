using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data.Seeding;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Cycles;

public sealed class DemoTimelineTests(DemoPortalFactory factory) : PortalTest<DemoPortalFactory>(factory)
{
    [Fact]
    public async Task The_demo_cycles_have_timelines_and_2020_has_proposals()
    {
        var timelines = await Factory.WithDbAsync(db => db.Cycles.OrderBy(c => c.Year)
            .Select(c => new { c.Year, Steps = c.PhaseChanges.Select(p => new { p.Phase, p.StartsOn, p.RecordedByName, p.RecordedByUserId }).ToList() })
            .ToListAsync());
        timelines.ForEach(t => t.Steps.Sort((a, b) => a.Phase.CompareTo(b.Phase))); // phases are stored by name: order them here

        Assert.Equal([2018, 2019], timelines.Select(t => t.Year));
        Assert.Equal(Enum.GetValues<CyclePhase>(), timelines[0].Steps.Select(s => s.Phase));
        Assert.All(timelines[0].Steps, s => Assert.Equal(2018, s.StartsOn.Year));
        Assert.Equal([CyclePhase.AgendaSetting, CyclePhase.Consultations], timelines[1].Steps.Select(s => s.Phase));
        Assert.All(timelines[1].Steps, s => Assert.Equal(2019, s.StartsOn.Year));
        Assert.All(timelines.SelectMany(t => t.Steps), s => Assert.Equal((DemoCycleTimelineSeeder.Recorder, (string?)null), (s.RecordedByName, s.RecordedByUserId)));

        var archive = await Client.GetAsync("/cycles/2018");
        Assert.Equal(4, archive.Document.QuerySelectorAll("ol#timeline > li").Length);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/cycles")).Status);

        var proposals = await Client.GetAsync("/cycles/next/proposals");
        Assert.Equal(HttpStatusCode.OK, proposals.Status);
        Assert.True(proposals.Document.QuerySelectorAll("#proposal-list > li").Length >= 3);
        Assert.Contains("COVID-19", proposals.Text, StringComparison.Ordinal);
        Assert.Contains("Anti-racism", proposals.Text, StringComparison.Ordinal);
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
        Assert.Equal("2020", (await Client.GetAsync(CycleTestData.Wizard)).One("#Year")!.GetAttribute("value"));
        var wizard = await Client.WizardTopicsAsync();
        Assert.Equal(9, wizard.Document.QuerySelectorAll("input[name=CarryOver]").Length);
        Assert.True(wizard.Document.QuerySelectorAll("input[name=Adopt]").Length >= 3);
    }
}
