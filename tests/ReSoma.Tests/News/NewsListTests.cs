using System.Net;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.News;

public sealed class NewsListTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static List<string> Titles(Page page) =>
        page.Document.QuerySelectorAll(".news-list h2 a").Select(a => a.TextContent.Trim()).ToList();

    private async Task AddManyAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Factory.AddNewsAsync(new NewNews($"Item {i:00}") { Date = new DateOnly(2019, 1, 1).AddDays(i) });
        }
    }

    [Fact]
    public async Task Published_items_are_listed_newest_date_first_with_date_teaser_and_thumbnail()
    {
        await Factory.AddNewsAsync(new NewNews("Older news") { Date = new(2018, 3, 1), Teaser = "The older teaser." });
        await Factory.AddNewsAsync(new NewNews("Newest news") { Date = new(2020, 2, 10), Image = NewsBuilder.Png, ImageAlt = "The conference hall" });
        await Factory.AddNewsAsync(new NewNews("Middle news") { Date = new(2019, 1, 28) });
        await Factory.AddNewsAsync(new NewNews("A draft") { Date = new(2021, 1, 1), Published = false });

        var page = await Client.GetAsync("/news");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Newest news", "Middle news", "Older news"], Titles(page));

        var cards = page.Document.QuerySelectorAll(".news-card");
        Assert.Equal("2020-02-10", cards[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("10 February 2020", cards[0].QuerySelector("time")!.TextContent);
        Assert.Equal("/news/newest-news", cards[0].QuerySelector("h2 a")!.GetAttribute("href"));
        var thumb = cards[0].QuerySelector("img.news-thumb")!;
        Assert.StartsWith("/news/images/", thumb.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("The conference hall", thumb.GetAttribute("alt"));
        Assert.Null(cards[2].QuerySelector("img"));
        Assert.Equal("The older teaser.", cards[2].QuerySelector(".teaser")!.TextContent);
        Assert.Equal("/news/feed", page.One("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Ten_items_a_page_with_links_to_every_page()
    {
        await AddManyAsync(12);

        var first = await Client.GetAsync("/news");
        Assert.Equal(10, Titles(first).Count);
        Assert.Equal("Item 12", Titles(first)[0]);
        Assert.Equal(["1", "2"], first.Document.QuerySelectorAll(".pagination a").Select(a => a.TextContent));
        Assert.Equal("1", first.One(".pagination a[aria-current=page]")!.TextContent);

        var second = await Client.GetAsync("/news?page=2");
        Assert.Equal(["Item 02", "Item 01"], Titles(second));
        Assert.Equal("2", second.One(".pagination a[aria-current=page]")!.TextContent);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("2147483647")]
    public async Task A_page_past_the_end_says_so_and_links_back_to_the_last_page(string value)
    {
        await AddManyAsync(12);
        var page = await Client.GetAsync("/news?page=" + value);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(Titles(page));
        Assert.Contains("There are only 2 pages of news.", page.One("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/news?page=2", page.One("#back-to-news")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999")]
    public async Task A_page_that_is_not_a_page_number_shows_the_first_page_with_a_notice(string value)
    {
        await AddManyAsync(12);
        var page = await Client.GetAsync("/news?page=" + Uri.EscapeDataString(value));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Item 12", Titles(page)[0]);
        Assert.Equal(10, Titles(page).Count);
        Assert.Contains($"There is no page \"{value}\"", page.One("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_published_news_the_list_says_so()
    {
        await Factory.AddNewsAsync(new NewNews("Only a draft") { Published = false });
        var page = await Client.GetAsync("/news");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(Titles(page));
        Assert.Contains("No news has been published yet.", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Only a draft", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_main_menu_links_to_the_news()
    {
        var page = await Client.GetAsync("/news");
        Assert.Equal("News", page.One("nav[aria-label=Main] a[aria-current=page]")!.TextContent);
    }
}
