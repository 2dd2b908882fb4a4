using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Interviews.Public;

public sealed class InterviewArchiveTests(InterviewPortalFactory factory) : PortalTest<InterviewPortalFactory>(factory)
{
    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    private async Task SeedArchiveAsync()
    {
        await Factory.NewInterview(2019, 5, "Who rescues at sea").WithExpert("Maria Rossi", "Professor of law", "University of Palermo")
            .WithStandfirst("Sea rescue is back before the Court.").WithTopic("Search and rescue", Area.Asylum).Published(Day(2019, 5, 3));
        await Factory.NewInterview(2019, 3, "Detention in numbers").WithTopic("Immigration detention", Area.Migration).Published(Day(2019, 3, 4));
        await Factory.NewInterview(2018, 11, "Cities that welcome").WithTopic("Local integration", Area.Integration, 2018)
            .WithTopic("Immigration detention", Area.Migration).Published(Day(2018, 11, 5));
        await Factory.NewInterview(2019, 6, "An unfinished draft").WithTopic("Search and rescue", Area.Asylum).Draft();
        await Factory.NewInterview(2019, 7, "Waiting for review").InReview();
        await Factory.NewInterview(2030, 1, "Scheduled far ahead").Scheduled(Day(2030, 1, 2));
    }

    [Fact]
    public async Task The_archive_lists_published_interviews_by_year_then_month_newest_first()
    {
        await SeedArchiveAsync();
        var page = await Client.GetAsync("/interviews");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("3 interviews, newest first", page.One("#result-count")!.TextContent);
        Assert.Equal(["2019", "2018"], page.Document.QuerySelectorAll(".archive-year h2").Select(h => h.TextContent));
        Assert.Equal(["Who rescues at sea", "Detention in numbers", "Cities that welcome"], Titles(page));

        var first = page.One(".interview-card")!;
        Assert.Equal("May 2019", first.QuerySelector(".interview-month")!.TextContent);
        Assert.Equal("/interviews/2019/05/who-rescues-at-sea", first.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("Maria Rossi, Professor of law, University of Palermo", first.QuerySelector(".interview-expert")!.TextContent);
        Assert.Equal("Sea rescue is back before the Court.", first.QuerySelector(".standfirst")!.TextContent);
        foreach (var hidden in new[] { "An unfinished draft", "Waiting for review", "Scheduled far ahead" })
        {
            Assert.DoesNotContain(hidden, page.Text, StringComparison.Ordinal);
        }

        // Only topics of published interviews are offered as filters: the draft's topic would lead nowhere.
        Assert.Equal(["", "immigration-detention-2019", "search-and-rescue-2019", "local-integration-2018"],
            page.Document.QuerySelectorAll("#topic option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "2019", "2018"], page.Document.QuerySelectorAll("#year option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task The_menu_leads_to_the_archive()
    {
        var home = await Client.GetAsync("/");
        Assert.Contains(home.Document.QuerySelectorAll("nav[aria-label=Main] a.nav-link"), a => a.TextContent == "Interviews" && a.GetAttribute("href") == "/interviews");
    }

    [Fact]
    public async Task Filters_combine_and_each_chip_removes_its_own()
    {
        await SeedArchiveAsync();
        var page = await Client.GetAsync("/interviews?year=2018&area=migration&topic=immigration-detention-2019");
        Assert.Equal(["Cities that welcome"], Titles(page));
        var chips = page.Document.QuerySelectorAll(".filter-chip").ToDictionary(a => a.TextContent.Replace("×", "", StringComparison.Ordinal).Trim(), a => a.GetAttribute("href"));
        Assert.Equal(3, chips.Count);
        Assert.Equal("/interviews?area=migration&topic=immigration-detention-2019", chips["Year: 2018"]);
        Assert.Equal("/interviews?year=2018&topic=immigration-detention-2019", chips["Area: Migration"]);
        Assert.Equal("/interviews?year=2018&area=migration", chips["Topic: Immigration detention (2019)"]);

        var withoutYear = await Client.GetAsync(chips["Year: 2018"]!);
        Assert.Equal(["Detention in numbers", "Cities that welcome"], Titles(withoutYear));
        Assert.Equal(2, withoutYear.Document.QuerySelectorAll(".filter-chip").Length);

        Assert.Equal(["Who rescues at sea"], Titles(await Client.GetAsync("/interviews?area=asylum")));
        Assert.Equal(["Who rescues at sea", "Detention in numbers"], Titles(await Client.GetAsync("/interviews?year=2019")));
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_so()
    {
        await SeedArchiveAsync();
        var page = await Client.GetAsync("/interviews?year=2018&area=asylum");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(Titles(page));
        Assert.Contains("No interview matches", page.One(".empty-state")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("area=space", "The area \"space\" is not known")]
    [InlineData("year=abc", "There are no interviews from the year \"abc\"")]
    [InlineData("year=2017", "There are no interviews from the year \"2017\"")]
    [InlineData("topic=nothing", "No interview is about the topic \"nothing\"")]
    [InlineData("topic=an-unfinished-draft", "No interview is about the topic \"an-unfinished-draft\"")]
    public async Task Unknown_filter_values_are_ignored_with_a_notice(string query, string notice)
    {
        await SeedArchiveAsync();
        var page = await Client.GetAsync("/interviews?" + query);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(notice, page.One(".alert-info")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, Titles(page).Count);
        Assert.Empty(page.Document.QuerySelectorAll(".filter-chip"));
    }

    [Fact]
    public async Task A_long_archive_is_paged_and_filters_stay_on_every_page()
    {
        for (var month = 1; month <= 12; month++)
        {
            await Factory.NewInterview(2019, month, $"Interview {month:D2} of 2019").WithTopic("Immigration detention").Published(Day(2019, month, 2));
        }

        await Factory.NewInterview(2018, 12, "Interview 12 of 2018").WithTopic("Immigration detention").Published(Day(2018, 12, 2));
        await Factory.NewInterview(2018, 11, "Interview 11 of 2018").WithTopic("Local integration", Area.Integration).Published(Day(2018, 11, 2));

        var first = await Client.GetAsync("/interviews?area=migration");
        Assert.Equal("13 interviews, newest first", first.One("#result-count")!.TextContent);
        Assert.Equal(12, Titles(first).Count);
        Assert.Equal("Interview 12 of 2019", Titles(first)[0]);
        var next = first.Document.QuerySelectorAll(".pagination a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/interviews?area=migration", "/interviews?area=migration&page=2"], next);

        var second = await Client.GetAsync(next[1]!);
        Assert.Equal(["Interview 12 of 2018"], Titles(second));
        Assert.Equal(["2018"], second.Document.QuerySelectorAll(".archive-year h2").Select(h => h.TextContent));

        var past = await Client.GetAsync("/interviews?area=migration&page=9");
        Assert.Equal(HttpStatusCode.OK, past.Status);
        Assert.Empty(Titles(past));
        Assert.Equal("/interviews?area=migration&page=2", past.One("#back-to-results")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_empty_archive_says_nothing_is_published_yet()
    {
        await Factory.NewInterview(2019, 6, "An unfinished draft").Draft();
        var page = await Client.GetAsync("/interviews");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("No interview has been published yet.", page.One(".empty-state")!.TextContent.Trim());
    }

    public static List<string> Titles(Page page) =>
        page.Document.QuerySelectorAll(".interview-card h3 a").Select(a => a.TextContent).ToList();
}
