using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Briefs;

public sealed class BriefLibraryTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private async Task SeedLibraryAsync()
    {
        await Factory.AddBriefAsync(new NewBrief("Detention of families") { PublishedOn = new(2019, 3, 1), Keywords = "detention; children" });
        await Factory.AddBriefAsync(new NewBrief("Options for alternatives") { Series = BriefSeries.PolicyOptionBrief, PublishedOn = new(2019, 6, 1) });
        await Factory.AddBriefAsync(new NewBrief("Dublin and secondary movements") { Topic = "Secondary movements", Area = Area.Asylum, PublishedOn = new(2019, 4, 1), Authors = [("Søren Østergaard", "ECRE")] });
        await Factory.AddBriefAsync(new NewBrief("Family reunion hardships") { Topic = "Family reunion", Area = Area.Integration, Year = 2018, PublishedOn = new(2018, 5, 1), Series = BriefSeries.FinalSyntheticReport });
        await Factory.AddBriefAsync(new NewBrief("An unfinished draft") { Status = BriefStatus.Draft });
        await Factory.AddBriefAsync(new NewBrief("A withdrawn brief") { Status = BriefStatus.Withdrawn });
    }

    [Fact]
    public async Task The_library_lists_published_briefs_newest_first_with_a_count()
    {
        await SeedLibraryAsync();
        var page = await Client.GetAsync("/briefs");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("4 briefs, newest first", page.One("#result-count")!.TextContent);
        Assert.Equal(["Options for alternatives", "Dublin and secondary movements", "Detention of families", "Family reunion hardships"], Titles(page));
        Assert.DoesNotContain("An unfinished draft", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("A withdrawn brief", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_combine_and_each_can_be_removed()
    {
        await SeedLibraryAsync();
        var page = await Client.GetAsync("/briefs?area=migration&series=policy-options&year=2019&topic=immigration-detention-2019&organisation=ismu-foundation");
        Assert.Equal(["Options for alternatives"], Titles(page));
        var chips = page.Document.QuerySelectorAll(".filter-chip").ToDictionary(a => a.TextContent.Replace("×", "", StringComparison.Ordinal).Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/briefs?series=policy-options&topic=immigration-detention-2019&year=2019&organisation=ismu-foundation", chips["Area: Migration"]);
        Assert.Equal(5, chips.Count);

        var withoutSeries = await Client.GetAsync(chips["Series: Policy option briefs"]!);
        Assert.Equal(["Options for alternatives", "Detention of families"], Titles(withoutSeries));
    }

    [Fact]
    public async Task Filtering_by_the_authors_organisation_finds_their_briefs()
    {
        await SeedLibraryAsync();
        var page = await Client.GetAsync("/briefs?organisation=ecre");
        Assert.Equal(["Dublin and secondary movements"], Titles(page));
    }

    [Theory]
    [InlineData("area=space", "The area \"space\" is not known")]
    [InlineData("series=poems", "The series \"poems\" is not known")]
    [InlineData("year=abc", "The cycle year \"abc\" is not known")]
    [InlineData("topic=nothing", "The topic \"nothing\" is not known")]
    [InlineData("organisation=acme", "The organisation \"acme\" is not known")]
    public async Task Unknown_filter_values_are_ignored_with_a_notice(string query, string notice)
    {
        await SeedLibraryAsync();
        var page = await Client.GetAsync("/briefs?" + query);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(notice, page.Text, StringComparison.Ordinal);
        Assert.Equal(4, Titles(page).Count);
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_with_a_link_back()
    {
        await SeedLibraryAsync();
        var page = await Client.GetAsync("/briefs?area=migration&page=7");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(Titles(page));
        Assert.Equal("/briefs?area=migration", page.One("#back-to-results")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Results_are_paged_by_twenty()
    {
        for (var i = 1; i <= 25; i++)
        {
            await Factory.AddBriefAsync(new NewBrief($"Brief number {i}") { PublishedOn = new DateOnly(2019, 1, 1).AddDays(i) });
        }

        var first = await Client.GetAsync("/briefs");
        Assert.Equal(20, Titles(first).Count);
        Assert.Equal("Brief number 25", Titles(first)[0]);
        var second = await Client.GetAsync("/briefs?page=2");
        Assert.Equal(["Brief number 5", "Brief number 4", "Brief number 3", "Brief number 2", "Brief number 1"], Titles(second));
        Assert.Equal("page", second.One(".pagination [aria-current]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Topic_pages_list_their_publications_by_series()
    {
        await SeedLibraryAsync();
        var page = await Client.GetAsync("/topics/immigration-detention-2019");
        var series = page.Document.QuerySelectorAll(".topic-run .publication-series").ToList();
        Assert.Equal(["Discussion briefs", "Policy option briefs"], series.Select(s => s.QuerySelector("h3")!.TextContent));
        Assert.Equal("Detention of families", series[0].QuerySelector("li a")!.TextContent);
        Assert.DoesNotContain("An unfinished draft", page.Text, StringComparison.Ordinal);
    }

    public static List<string> Titles(Page page) =>
        page.Document.QuerySelectorAll(".brief-list h2 a").Select(a => a.TextContent).ToList();
}
