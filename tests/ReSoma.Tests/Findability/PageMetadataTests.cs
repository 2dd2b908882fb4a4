using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Tests.Findability;

public sealed class PageMetadataTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Theory]
    [InlineData("/", "/", "website")]
    [InlineData("/briefs", "/briefs", "website")]
    [InlineData("/topics", "/topics", "website")]
    [InlineData("/briefs/border-procedures", "/briefs/border-procedures", "article")]
    [InlineData("/briefs?area=asylum&page=2&utm_source=mail", "/briefs?area=asylum&page=2", "website")]
    [InlineData("/topics/", "/topics", "website")]
    public async Task Public_pages_carry_a_canonical_address_and_link_preview_tags(string url, string canonicalPath, string ogType)
    {
        await Factory.AddBriefAsync(new NewBrief("Border procedures") { Summary = "What the border procedure changes." });

        var page = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var canonical = page.One("link[rel=canonical]")!.GetAttribute("href");
        Assert.Equal("http://localhost" + canonicalPath, canonical);
        Assert.Equal(canonical, Meta(page, "og:url"));
        Assert.Equal("ReSOMA", Meta(page, "og:site_name"));
        Assert.Equal(ogType, Meta(page, "og:type"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:title")));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:description")));
        Assert.Equal("summary", page.One("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Single(page.Document.QuerySelectorAll("link[rel=canonical]"));
    }

    [Fact]
    public async Task A_brief_page_previews_with_its_own_title_and_summary()
    {
        await Factory.AddBriefAsync(new NewBrief("Border procedures") { Summary = "What the border procedure changes." });

        var page = await Client.GetAsync("/briefs/border-procedures");

        Assert.Equal("Border procedures", Meta(page, "og:title"));
        Assert.Equal("What the border procedure changes.", Meta(page, "og:description"));
    }

    [Fact]
    public async Task Every_page_points_to_the_main_feeds()
    {
        var page = await Client.GetAsync("/topics");

        Assert.Equal(["/briefs/feed", "/interviews/feed", "/news/feed"],
            page.Document.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/briefs", "/briefs/feed")]
    [InlineData("/news", "/news/feed")]
    public async Task A_page_that_names_a_main_feed_itself_has_it_once_and_first(string url, string feed)
    {
        var page = await Client.GetAsync(url);

        var feeds = page.Document.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(feed, feeds[0]);
        Assert.Equal(["/briefs/feed", "/interviews/feed", "/news/feed"], feeds.Order());
    }

    [Fact]
    public async Task The_page_head_section_is_rendered_once_inside_the_head()
    {
        await Factory.AddBriefAsync(new NewBrief("Border procedures") { Summary = "What the border procedure changes." });

        var page = await Client.GetAsync("/briefs/border-procedures");

        Assert.StartsWith("<!DOCTYPE html>", page.Html.TrimStart(), StringComparison.Ordinal);
        Assert.Single(page.Document.QuerySelectorAll("meta[name=citation_title]"));
        Assert.NotNull(page.One("head meta[name=citation_title]"));
    }

    [Fact]
    public async Task An_error_page_names_no_canonical_address()
    {
        var page = await Client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Null(page.One("link[rel=canonical]"));
        Assert.NotNull(page.One("meta[property='og:title']"));
    }

    [Theory]
    [InlineData("/images/partner.png", "https://resoma.example/images/partner.png")]
    [InlineData("images/partner.png", "https://resoma.example/images/partner.png")]
    [InlineData("https://cdn.example.org/picture.jpg", "https://cdn.example.org/picture.jpg")]
    public void Preview_images_get_absolute_addresses(string path, string expected) =>
        Assert.Equal(expected, PageMeta.Absolute("https://resoma.example", path));

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/briefs/", "/briefs")]
    [InlineData("/briefs/a-brief", "/briefs/a-brief")]
    public void The_canonical_path_is_the_request_path_without_a_trailing_slash(string requestPath, string expected) =>
        Assert.Equal(expected, new PageMeta().CanonicalPathFor(requestPath));

    [Fact]
    public void A_view_may_choose_its_canonical_path() =>
        Assert.Equal("/briefs?area=asylum", new PageMeta { CanonicalPath = "/briefs?area=asylum" }.CanonicalPathFor("/briefs"));

    private static string? Meta(Page page, string property) => page.One($"meta[property='{property}']")?.GetAttribute("content");
}
