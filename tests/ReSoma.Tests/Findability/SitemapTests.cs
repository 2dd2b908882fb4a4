using System.Globalization;
using System.Net;
using System.Xml;
using System.Xml.Linq;
using ReSoma.Tests.Infrastructure;
using ReSoma.Tests.Search;

namespace ReSoma.Tests.Findability;

public sealed class SitemapTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_sitemap_lists_every_public_page_with_absolute_addresses()
    {
        var all = await Everything.AddAsync(Factory);

        var (response, urls) = await SitemapAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        string[] expected =
        [
            "/", "/about", "/topics", "/cycles", "/briefs", "/consultations", "/interviews", "/events", "/news", "/feeds", "/privacy", "/accessibility",
            "/topics/" + all.Topic.Slug,
            "/topics/immigration-detention-2019", // the brief builder's topic
            "/cycles/2019",
            "/briefs/" + all.Brief.Slug,
            "/briefs/" + all.SecondBrief.Slug,
            "/briefs/" + all.WithdrawnBrief.Slug, // withdrawn briefs keep their page, which says why
            "/consultations/" + all.Consultation.Slug,
            "/interviews/2026/02/" + all.Interview.Slug,
            "/events/" + all.Event.Slug,
            "/news/" + all.News.Slug,
        ];
        Assert.Equal(expected.Select(p => "http://localhost" + p).Order(), urls.Keys.Order());
        Assert.Equal(urls.Count, urls.Keys.Distinct().Count());
    }

    [Fact]
    public async Task The_sitemap_never_lists_drafts_or_unpublished_content()
    {
        var all = await Everything.AddAsync(Factory);

        var (_, urls) = await SitemapAsync();

        foreach (var slug in new[] { all.DraftBrief.Slug, all.DraftInterview.Slug, all.UnpublishedEvent.Slug, all.DraftNews.Slug })
        {
            Assert.DoesNotContain(urls.Keys, u => u.EndsWith("/" + slug, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(urls.Keys, u => u.Contains("/search", StringComparison.Ordinal) || u.Contains("/account", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unpublishing_takes_a_page_out_of_the_sitemap()
    {
        var all = await Everything.AddAsync(Factory);
        await Factory.WithDbAsync(async db =>
        {
            (await db.NewsPosts.FindAsync(all.News.Id))!.Unpublish();
            (await db.Events.FindAsync(all.Event.Id))!.IsPublished = false;
            await db.SaveChangesAsync();
        });

        var (_, urls) = await SitemapAsync();

        Assert.DoesNotContain("http://localhost/news/" + all.News.Slug, urls.Keys);
        Assert.DoesNotContain("http://localhost/events/" + all.Event.Slug, urls.Keys);
    }

    [Fact]
    public async Task Content_pages_carry_their_last_change_as_a_W3C_date()
    {
        var all = await Everything.AddAsync(Factory);

        var (_, urls) = await SitemapAsync();

        Assert.Equal("2026-03-10T09:00:00+00:00", urls["http://localhost/news/" + all.News.Slug]);
        Assert.Equal("2019-05-01T09:00:00+00:00", urls["http://localhost/briefs/" + all.Brief.Slug]);
        Assert.Null(urls["http://localhost/about"]);
        Assert.All(urls.Values.OfType<string>(), d => DateTimeOffset.ParseExact(d, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Robots_txt_allows_the_site_keeps_crawlers_out_of_private_areas_and_points_to_the_sitemap()
    {
        var response = await Client.Http.GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            ["User-agent: *", "Allow: /", "Disallow: /admin", "Disallow: /editor", "Disallow: /account", "Disallow: /search", "Sitemap: http://localhost/sitemap.xml"],
            lines);
        Assert.Equal(HttpStatusCode.OK, (await Client.Http.GetAsync(lines[^1]["Sitemap: ".Length..])).StatusCode);
    }

    /// <summary>The sitemap parsed strictly (a malformed one throws), as loc → lastmod.</summary>
    private async Task<(HttpResponseMessage Response, Dictionary<string, string?> Urls)> SitemapAsync()
    {
        var response = await Client.Http.GetAsync("/sitemap.xml");
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var xml = XDocument.Load(reader);
        Assert.Equal(Ns + "urlset", xml.Root!.Name);
        Assert.All(xml.Root.Elements(), e => Assert.Equal(Ns + "url", e.Name));
        var urls = xml.Root.Elements(Ns + "url").ToDictionary(u => u.Element(Ns + "loc")!.Value, u => u.Element(Ns + "lastmod")?.Value);
        return (response, urls);
    }
}
