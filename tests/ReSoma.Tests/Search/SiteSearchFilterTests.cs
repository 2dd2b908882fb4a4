using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Search;

/// <summary>Narrowing the site search by area and year, and sorting it by date, with plain GET parameters.</summary>
public sealed class SiteSearchFilterTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Asylum2019 = "The numbat procedure";
    private const string Integration2020 = "Integration courses";
    private const string Migration2021 = "Labour corridors";
    private const string Topic = "Numbat routes";

    private async Task AddDocumentsAsync()
    {
        await Factory.AddBriefAsync(new NewBrief(Asylum2019) { Body = "Numbat.", Area = Area.Asylum, Topic = "Procedures", PublishedOn = new(2019, 5, 1) });
        await Factory.AddBriefAsync(new NewBrief(Integration2020) { Body = "A numbat course.", Area = Area.Integration, Topic = "Courses", PublishedOn = new(2020, 3, 1) });
        await Factory.AddBriefAsync(new NewBrief(Migration2021) { Body = "Numbat corridors.", Topic = Topic, PublishedOn = new(2021, 9, 1) });
    }

    [Fact]
    public async Task An_area_narrows_the_results_and_the_facets_and_shows_as_a_removable_chip()
    {
        await AddDocumentsAsync();

        var page = await Search("q=numbat&area=asylum");

        Assert.Equal([Asylum2019], Titles(page));
        Assert.Equal("1 result for “numbat”, area Asylum", page.One("#result-count")!.TextContent);
        Assert.Equal("1", page.One(".search-facets a[data-kind='']")!.QuerySelector(".facet-count")!.TextContent);
        var chip = page.One(".active-filters .filter-chip")!;
        Assert.StartsWith("Area: Asylum", chip.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=numbat", chip.GetAttribute("href"));
        Assert.Equal("/search?q=numbat&type=brief&area=asylum", page.One(".search-facets a[data-kind=brief]")!.GetAttribute("href"));
        Assert.Equal("asylum", page.One("#search-area option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_year_keeps_the_documents_dated_that_year()
    {
        await AddDocumentsAsync();

        var page = await Search("q=numbat&year=2020");

        Assert.Equal([Integration2020], Titles(page));
        Assert.Equal("1 result for “numbat”, dated 2020", page.One("#result-count")!.TextContent);
        Assert.Equal(["", "2021", "2020", "2019"], page.Document.QuerySelectorAll("#search-year option").Select(o => o.GetAttribute("value")));
        Assert.Equal("2020", page.One("#search-year option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Results_sort_by_relevance_or_newest_first_with_undated_ones_last()
    {
        await AddDocumentsAsync();

        var relevance = await Search("q=numbat");
        var newest = await Search("q=numbat&sort=date");

        Assert.Equal(new[] { Asylum2019, Topic }.Order(), Titles(relevance).Take(2).Order()); // the word in their titles
        Assert.Equal([Migration2021, Integration2020, Asylum2019, Topic], Titles(newest));
        Assert.Equal("4 results for “numbat”, newest first", newest.One("#result-count")!.TextContent);
        Assert.Equal("date", newest.One("#search-sort option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Filters_and_sort_are_kept_in_the_page_links_and_the_form()
    {
        await Factory.WithDbAsync(async db =>
        {
            var topic = new Topic { Title = "Bulk", Slug = "bulk", Area = Area.Asylum, Origin = TopicOrigin.EuAgenda, Cycle = new Cycle { Year = 2020 } };
            for (var i = 0; i < 25; i++)
            {
                db.Briefs.Add(new Brief
                {
                    Title = $"Potoroo brief {i}", Slug = $"potoroo-brief-{i}", Topic = topic, Summary = "Potoroo.", Body = "Potoroo.",
                    Status = BriefStatus.Published, PublishedOn = new DateOnly(2020, 1, 1 + i), CreatedAt = Everything.Now, UpdatedAt = Everything.Now,
                });
            }

            await db.SaveChangesAsync();
        });

        var first = await Search("q=potoroo&type=brief&area=asylum&year=2020&sort=date");
        var next = first.One(".pagination a[rel=next]")!.GetAttribute("href")!;
        var second = await Client.GetAsync(next);

        Assert.Equal("/search?q=potoroo&type=brief&area=asylum&year=2020&sort=date&page=2", next);
        Assert.Equal("Potoroo brief 24", Titles(first)[0]);
        Assert.Equal(5, Titles(second).Count);
        Assert.Equal("brief", first.One("main form[role=search] input[type=hidden][name=type]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("area=xyz", "There is no area \"xyz\"")]
    [InlineData("year=abc", "\"abc\" is not a year")]
    [InlineData("year=99999", "\"99999\" is not a year")]
    [InlineData("sort=foo", "not by \"foo\"")]
    [InlineData("area=1", "There is no area \"1\"")]
    public async Task A_value_that_means_nothing_is_ignored_with_a_notice(string parameter, string notice)
    {
        await AddDocumentsAsync();

        var page = await Search("q=numbat&" + parameter);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(notice, page.One("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, Titles(page).Count);
        Assert.Empty(page.Document.QuerySelectorAll(".active-filters"));
        Assert.All(page.Document.QuerySelectorAll(".search-facets a"), a => Assert.DoesNotContain(parameter.Split('=')[1], a.GetAttribute("href")!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_an_area_or_year_hides_every_match_the_page_offers_the_search_without_them()
    {
        await AddDocumentsAsync();

        var page = await Search("q=numbat&area=asylum&year=2021");

        Assert.Empty(Titles(page));
        Assert.Equal("Nothing matches “numbat”, area Asylum, dated 2021.", page.One("#no-results p")!.TextContent);
        var suggestion = Assert.Single(page.Document.QuerySelectorAll(".search-suggestions a"));
        Assert.Equal("/search?q=numbat", suggestion.GetAttribute("href"));
        Assert.Contains("(4 results)", suggestion.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_filter_has_a_label()
    {
        var page = await Search("q=numbat");

        foreach (var name in new[] { "q", "area", "year", "sort" })
        {
            var field = page.One($"main form[role=search] [name={name}]")!;
            Assert.NotNull(page.One($"label[for={field.Id}]"));
        }
    }

    private Task<Page> Search(string query) => Client.GetAsync("/search?" + query);

    private static List<string> Titles(Page page) =>
        page.Document.QuerySelectorAll(".search-result h2 a").Select(a => a.TextContent.Trim()).ToList();
}
