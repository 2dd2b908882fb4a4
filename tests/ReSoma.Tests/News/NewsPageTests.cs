using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.News;

public sealed class NewsPageTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private async Task WithTopicsAndEventsAsync()
    {
        await Factory.AddCycleAsync(2019, topics: [("Funding local integration", Area.Integration), ("Public opinion on migration", Area.Integration)]);
        await Factory.AddEventAsync("ReSOMA final conference", "resoma-final-conference-lisbon");
        await Factory.AddEventAsync("A workshop still in preparation", "workshop-in-preparation", published: false);
    }

    [Fact]
    public async Task The_page_shows_title_date_image_text_and_related_topics_and_published_events()
    {
        await WithTopicsAndEventsAsync();
        await Factory.AddNewsAsync(new NewNews("Highlights from Lisbon")
        {
            Date = new(2020, 2, 10),
            Teaser = "Two days on local integration.",
            Body = "## Cities\n\nCities serve **everyone**.\n\n<script>alert(1)</script>",
            Image = NewsBuilder.Png,
            ImageAlt = "Speakers on the stage in Lisbon",
            TopicSlugs = ["funding-local-integration"],
            EventSlugs = ["resoma-final-conference-lisbon", "workshop-in-preparation"],
        });

        var page = await Client.GetAsync("/news/highlights-from-lisbon");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Highlights from Lisbon", page.One("h1")!.TextContent);
        Assert.Equal("2020-02-10", page.One("article header time")!.GetAttribute("datetime"));
        Assert.Equal("10 February 2020", page.One("article header time")!.TextContent);
        Assert.Equal("Two days on local integration.", page.One(".teaser")!.TextContent);
        Assert.Equal("Cities", page.One(".prose h2")!.TextContent);
        Assert.Equal("everyone", page.One(".prose strong")!.TextContent);
        Assert.Null(page.One(".prose script"));

        var image = page.One("article figure img")!;
        Assert.Equal("Speakers on the stage in Lisbon", image.GetAttribute("alt"));
        Assert.Equal(HttpStatusCode.OK, (await Client.Http.GetAsync(image.GetAttribute("src"))).StatusCode);

        Assert.Equal(["/topics/funding-local-integration"], page.Document.QuerySelectorAll(".related-topics a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/events/resoma-final-conference-lisbon"], page.Document.QuerySelectorAll(".related-events a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("A workshop still in preparation", page.Text, StringComparison.Ordinal);
        Assert.Contains("5 February 2020, Lisbon", page.One(".related-events")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.One(".preview-banner"));
    }

    [Fact]
    public async Task The_page_describes_itself_as_an_article_for_link_previews()
    {
        await Factory.AddNewsAsync(new NewNews("Nine topics for 2019") { Teaser = "The second cycle begins.", Image = NewsBuilder.Png });
        var page = await Client.GetAsync("/news/nine-topics-for-2019");
        Assert.Equal("article", page.One("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("The second cycle begins.", page.One("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("The second cycle begins.", page.One("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal("Nine topics for 2019", page.One("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("Nine topics for 2019 – ReSOMA", page.Document.Title);
        Assert.Matches("^http://localhost/news/images/\\d+\\?v=\\d+$", page.One("meta[property='og:image']")!.GetAttribute("content")!);
        Assert.Equal("2019-06-03", page.One("meta[property='article:published_time']")!.GetAttribute("content"));
        Assert.Null(page.One("meta[name=robots]"));
    }

    [Fact]
    public async Task A_page_without_related_content_or_image_has_no_empty_sections()
    {
        await Factory.AddNewsAsync(new NewNews("Plain news"));
        var page = await Client.GetAsync("/news/plain-news");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.One("aside"));
        Assert.Null(page.One("article img"));
        Assert.Null(page.One("meta[property='og:image']"));
    }

    [Theory]
    [InlineData("/news/no-such-news")]
    [InlineData("/news/a-draft")]
    [InlineData("/news/images")]
    public async Task Unknown_and_unpublished_items_are_404(string url)
    {
        await Factory.AddNewsAsync(new NewNews("A draft") { Published = false });
        var page = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.One("h1")!.TextContent);
    }

    [Fact]
    public async Task An_unpublished_item_is_404_even_for_someone_signed_in()
    {
        await Factory.AddNewsAsync(new NewNews("A draft") { Published = false });
        await Client.LoginAsRoleAsync(Roles.Researcher);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/news/a-draft")).Status);
    }
}
