using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Tests.Search;
using Xunit.Abstractions;

namespace ReSoma.Tests.Findability;

public sealed class FeedsPageTests(PortalFactory factory, ITestOutputHelper output) : PortalTest<PortalFactory>(factory)
{
    private static readonly string[] ExpectedPaths =
    [
        "/briefs/feed", "/briefs/feed?area=migration", "/briefs/feed?area=asylum", "/briefs/feed?area=integration",
        "/interviews/feed", "/news/feed", "/calendar.ics", "/events/calendar.ics", "/consultations/calendar.ics", "/oai?verb=Identify",
    ];

    [Fact]
    public async Task The_feeds_page_lists_every_feed_with_its_copyable_absolute_address()
    {
        var page = await Client.GetAsync("/feeds");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var links = page.Document.QuerySelectorAll(".feed a.feed-link").Select(a => a.GetAttribute("href") ?? "").ToList();
        var addresses = page.Document.QuerySelectorAll(".feed input.feed-url").Select(i => i.GetAttribute("value") ?? "").ToList();
        var expected = ExpectedPaths.Select(p => "http://localhost" + p).ToList();
        Assert.Equal(expected, links);
        Assert.Equal(expected, addresses);
        Assert.All(page.Document.QuerySelectorAll(".feed input.feed-url"), input =>
        {
            Assert.True(input.HasAttribute("readonly"));
            Assert.NotNull(page.One($"label[for={input.Id}]"));
        });
        Assert.All(page.Document.QuerySelectorAll(".feed"), feed => Assert.False(string.IsNullOrWhiteSpace(feed.QuerySelector("p")!.TextContent)));
    }

    /// <summary>Every feed whose endpoint exists answers with its format. Feeds of sections not built yet are
    /// reported in the test output; the briefs feeds and OAI-PMH exist already and are always checked.</summary>
    [Fact]
    public async Task Each_listed_feed_answers_with_its_format()
    {
        await Everything.AddAsync(Factory);
        var page = await Client.GetAsync("/feeds");
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var checkedPaths = new List<string>();
        foreach (var feed in page.Document.QuerySelectorAll(".feed"))
        {
            var url = new Uri(feed.QuerySelector("a.feed-link")!.GetAttribute("href")!);
            if (!routes.Contains(url.AbsolutePath))
            {
                output.WriteLine($"Not checked (no endpoint yet): {url.PathAndQuery}");
                continue;
            }

            var response = await Client.Http.GetAsync(url.PathAndQuery);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url.PathAndQuery} answered {(int)response.StatusCode}");
            var format = feed.QuerySelector(".feed-format")!.TextContent;
            var mediaType = response.Content.Headers.ContentType!.MediaType;
            switch (format)
            {
                case "Atom":
                    Assert.Equal("application/atom+xml", mediaType);
                    Atom.Parse(body);
                    break;
                case "iCalendar":
                    Assert.Equal("text/calendar", mediaType);
                    Assert.StartsWith("BEGIN:VCALENDAR", body, StringComparison.Ordinal);
                    break;
                case "OAI-PMH":
                    Assert.Equal("text/xml", mediaType);
                    Assert.Contains("<Identify>", body, StringComparison.Ordinal);
                    break;
                default:
                    Assert.Fail($"Unknown feed format {format}");
                    break;
            }

            checkedPaths.Add(url.PathAndQuery);
            output.WriteLine($"Checked: {url.PathAndQuery} ({mediaType})");
        }

        Assert.Contains("/briefs/feed", checkedPaths);
        Assert.Contains("/briefs/feed?area=asylum", checkedPaths);
        Assert.Contains("/oai?verb=Identify", checkedPaths);
    }

    [Fact]
    public async Task The_footer_links_to_the_feeds_page()
    {
        var home = await Client.GetAsync("/");
        Assert.NotNull(home.One("footer a[href='/feeds']"));
    }
}
