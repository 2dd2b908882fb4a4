using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Site;

public sealed class PublicPagesTests(DemoPortalFactory factory) : PortalTest<DemoPortalFactory>(factory)
{
    // The demo's current cycle is the year of the clock at seeding (decision 0023).
    private int Year => Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().Year;

    [Fact]
    public async Task Home_shows_the_current_cycle_its_phase_and_its_nine_topics_by_area()
    {
        var page = await Client.GetAsync("/");
        var phase = await Factory.WithDbAsync(db => db.Cycles.Where(c => c.IsCurrent).Select(c => c.Phase).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal($"Cycle {Year}", page.One("#current-cycle")!.TextContent.Trim());
        Assert.Contains($"Phase: {phase.DisplayName()}", page.Text, StringComparison.Ordinal);
        Assert.Equal("step", page.One(".phase-steps [aria-current]")!.GetAttribute("aria-current"));
        var areas = page.Document.QuerySelectorAll("section.area-topics");
        Assert.Equal(["Migration", "Asylum", "Integration"], areas.Select(a => a.QuerySelector("h3")!.TextContent.Trim()));
        Assert.All(areas, a => Assert.Equal(3, a.QuerySelectorAll(".topic-list li").Length));
        Assert.Equal($"Asylum topics, cycle {Year}", areas[1].GetAttribute("aria-label"));
        Assert.Contains(page.Document.QuerySelectorAll(".topic-list a"), a => a.TextContent.Contains("Secondary movements", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Topics_lists_every_cycle_by_area_with_the_current_one_first()
    {
        var page = await Client.GetAsync("/topics");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var cycles = page.Document.QuerySelectorAll("h2[id^='cycle-']").Select(h => h.Id).ToList();
        Assert.Equal([$"cycle-{Year}", "cycle-2019", "cycle-2018"], cycles);
        Assert.Equal(27, page.Document.QuerySelectorAll(".topic-list li").Length);
        Assert.Contains("Archive", page.One("#cycle-2018")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Topics_can_be_filtered_by_cycle_and_area()
    {
        var page = await Client.GetAsync("/topics?year=2018&area=asylum");
        Assert.Equal(["cycle-2018"], page.Document.QuerySelectorAll("h2[id^='cycle-']").Select(h => h.Id));
        Assert.Equal(3, page.Document.QuerySelectorAll(".topic-list li").Length);
        Assert.Equal("asylum", page.One("#area option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Unknown_filter_values_are_ignored_with_a_notice()
    {
        var page = await Client.GetAsync("/topics?year=1066&area=space");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("There is no cycle \"1066\"", page.Text, StringComparison.Ordinal);
        Assert.Contains("There is no area \"space\"", page.Text, StringComparison.Ordinal);
        Assert.Equal(27, page.Document.QuerySelectorAll(".topic-list li").Length);
    }

    [Fact]
    public async Task Topic_page_renders_its_summary_and_siblings()
    {
        var page = await Client.GetAsync("/topics");
        var link = page.Document.QuerySelectorAll(".topic-list a").First(a => a.TextContent.Contains("detention", StringComparison.OrdinalIgnoreCase));
        var topic = await Client.GetAsync(link.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, topic.Status);
        Assert.Equal(link.TextContent.Trim(), topic.One("h1")!.TextContent.Trim());
        Assert.NotEmpty(topic.Document.QuerySelectorAll(".prose p"));
        Assert.Equal(2, topic.Document.QuerySelectorAll("aside li").Length);
        Assert.Equal("article", topic.One("meta[property='og:type']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task About_tells_what_ReSOMA_is_and_lists_the_partners_coordinator_first()
    {
        var page = await Client.GetAsync("/about");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Horizon 2020", page.Text, StringComparison.Ordinal);
        var partners = page.Document.QuerySelectorAll(".partner-list li").Select(li => li.TextContent).ToList();
        Assert.Equal(9, partners.Count);
        Assert.Contains("ISMU", partners[0], StringComparison.Ordinal);
        Assert.Contains("Coordinator", partners[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_pages_answer_404_in_the_portals_look()
    {
        foreach (var url in new[] { "/topics/no-such-topic", "/no/such/page" })
        {
            var page = await Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.Equal("Page not found", page.One("h1")!.TextContent);
            Assert.NotNull(page.One("nav[aria-label=Main]"));
        }
    }

    [Fact]
    public async Task Every_page_has_a_skip_link_landmarks_and_a_canonical_link()
    {
        var page = await Client.GetAsync("/topics?year=2019");
        Assert.Equal("#main", page.One("a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.One("header nav"));
        Assert.NotNull(page.One("main#main"));
        Assert.NotNull(page.One("footer"));
        Assert.EndsWith("/topics?year=2019", page.One("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal); // a list names its filters
        Assert.Equal("Topics", page.One("nav[aria-label=Main] a[aria-current=page]")!.TextContent);
    }

    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        var response = await Client.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
