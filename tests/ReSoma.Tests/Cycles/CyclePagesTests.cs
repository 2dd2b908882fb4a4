using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Cycles;

public sealed class CyclePagesTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Cycles_are_listed_current_first_then_the_archive_newest_first()
    {
        await Factory.AddCycleAsync(2017, current: false, CyclePhase.Publication);
        await Factory.AddCycleAsync(2019, current: false, CyclePhase.Publication, ("Old topic", Area.Asylum));
        await Factory.AddCycleAsync(2018, current: true, CyclePhase.Consultations, CycleTestData.NineTopics2019);

        var page = await Client.GetAsync("/cycles");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["cycle-2018", "cycle-2019", "cycle-2017"], page.Document.QuerySelectorAll("#cycle-list > li").Select(li => li.Id));
        Assert.Contains("Current · Consultations", page.One("#cycle-2018")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("9 topics", page.One("#cycle-2018")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Archive", page.One("#cycle-2019")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/cycles/2019", page.One("#cycle-2019 h2 a")!.GetAttribute("href"));
        Assert.Equal("/cycles/next/proposals", page.One("a[href^='/cycles/'][href$='/proposals']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_cycle_page_shows_its_phase_timeline_and_topics_by_area()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Consultations, CycleTestData.NineTopics2019);
        await Factory.AddPhaseChangeAsync(2019, CyclePhase.Consultations, new DateOnly(2019, 4, 1));
        await Factory.AddPhaseChangeAsync(2019, CyclePhase.AgendaSetting, new DateOnly(2019, 1, 15));

        var page = await Client.GetAsync("/cycles/2019");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Cycle 2019", page.One("h1")!.ChildNodes[0].TextContent.Trim());
        Assert.Equal("step", page.One(".phase-steps [aria-current]")!.GetAttribute("aria-current"));
        var steps = page.Document.QuerySelectorAll("ol#timeline > li");
        Assert.Equal(["Agenda setting", "Consultations"], steps.Select(li => li.QuerySelector("h3")!.TextContent));
        Assert.Equal(["2019-01-15", "2019-04-01"], steps.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Contains("Started 1 April 2019", steps[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("step", steps[1].GetAttribute("aria-current"));
        Assert.Equal("ReSOMA secretariat", steps[1].QuerySelector(".recorded-by")!.TextContent);
        var areas = page.Document.QuerySelectorAll("section.area-topics");
        Assert.Equal(["Migration", "Asylum", "Integration"], areas.Select(a => a.QuerySelector("h3")!.TextContent.Trim()));
        Assert.All(areas, a => Assert.Equal(3, a.QuerySelectorAll(".topic-list li").Length));
        Assert.Equal(["h1", "h2", "h3", "h3", "h2", "h3", "h3", "h3", "h2"], page.Document.QuerySelectorAll("main h1, main h2, main h3").Select(h => h.LocalName));
    }

    [Fact]
    public async Task A_cycle_without_recorded_phases_says_so()
    {
        await Factory.AddCycleAsync(2019, current: true);
        var page = await Client.GetAsync("/cycles/2019");
        Assert.Contains("No phase change has been recorded for this cycle.", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.One("a[href='/cycles/next/proposals']"));
    }

    [Theory]
    [InlineData("/cycles/2019")]
    [InlineData("/cycles/1")]
    [InlineData("/cycles/not-a-year")]
    [InlineData("/cycles/99999999999")]
    public async Task An_unknown_cycle_is_a_404(string path)
    {
        await Factory.AddCycleAsync(2018, current: true);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(path)).Status);
    }
}
