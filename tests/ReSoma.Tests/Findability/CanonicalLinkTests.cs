using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Findability;

/// <summary>
/// Every filtered or paged list names itself as canonical — the filters it understood, in a stable order, no tracking
/// parameters — and its neighbours as prev and next. The portal's address here differs from the one the test client
/// asks, so the tests also show that absolute links come from the configured address only.
/// </summary>
public sealed class CanonicalLinkTests(CanonicalLinkTests.ElsewhereFactory factory) : PortalTest<CanonicalLinkTests.ElsewhereFactory>(factory)
{
    private const string Site = "http://resoma.example.org";

    public sealed class ElsewhereFactory : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Site:BaseUrl"] = Site };
    }

    [Fact]
    public async Task A_paged_list_links_to_itself_and_its_neighbours_without_tracking_parameters()
    {
        await AddBriefsAsync(45);

        var page = await Client.GetAsync("/briefs?page=2&utm_source=newsletter&fbclid=abc&area=migration&gclid=x&utm_medium=mail");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(Site + "/briefs?area=migration&page=2", Link(page, "canonical"));
        Assert.Equal(Site + "/briefs?area=migration", Link(page, "prev"));
        Assert.Equal(Site + "/briefs?area=migration&page=3", Link(page, "next"));
        Assert.Equal(Link(page, "canonical"), page.One("meta[property='og:url']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task The_first_and_last_pages_have_one_neighbour_each()
    {
        await AddBriefsAsync(45);

        var first = await Client.GetAsync("/briefs?page=1");
        var last = await Client.GetAsync("/briefs?page=3");

        Assert.Equal(Site + "/briefs", Link(first, "canonical"));
        Assert.Null(Link(first, "prev"));
        Assert.Equal(Site + "/briefs?page=2", Link(first, "next"));
        Assert.Equal(Site + "/briefs?page=2", Link(last, "prev"));
        Assert.Null(Link(last, "next"));
    }

    [Fact]
    public async Task A_filtered_list_names_its_filters_in_one_order_spelled_one_way()
    {
        await AddBriefsAsync(1);

        var page = await Client.GetAsync("/briefs?year=2019&utm_campaign=x&q=%20detention%20&area=MIGRATION&series=nonsense");

        Assert.Equal(Site + "/briefs?q=detention&area=migration&year=2019", Link(page, "canonical"));
        Assert.Null(Link(page, "prev"));
        Assert.Null(Link(page, "next"));
    }

    [Theory]
    [InlineData("/search?gclid=1&type=brief&q=quokka&sort=relevance&utm_source=x", "/search?q=quokka&type=brief")]
    [InlineData("/search?q=quokka&year=2019&area=asylum&sort=date&page=1", "/search?q=quokka&area=asylum&year=2019&sort=date")]
    [InlineData("/news?page=1&fbclid=y", "/news")]
    [InlineData("/interviews?topic=nothing&area=Asylum&utm_term=z", "/interviews?area=asylum")]
    [InlineData("/events?kind=webinar&utm_medium=mail", "/events?kind=webinar")]
    [InlineData("/events?view=list&kind=nonsense", "/events")]
    [InlineData("/consultations?show=past&area=asylum&utm_campaign=x", "/consultations?area=asylum&show=past")]
    [InlineData("/consultations?format=nonsense", "/consultations")]
    [InlineData("/topics?area=asylum&year=2019&fbclid=z", "/topics?year=2019&area=asylum")]
    [InlineData("/briefs/quokka-brief-0?utm_source=x", "/briefs/quokka-brief-0")]
    public async Task Every_list_names_only_what_it_understood(string url, string canonical)
    {
        await AddBriefsAsync(1);

        var page = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(Site + canonical, Link(page, "canonical"));
    }

    [Fact]
    public async Task The_news_and_the_search_link_their_pages_in_the_head()
    {
        await AddBriefsAsync(25);
        for (var i = 0; i < 15; i++)
        {
            await Factory.AddNewsAsync(new NewNews($"News item {i}") { Date = new DateOnly(2020, 1, 1 + i) });
        }

        var news = await Client.GetAsync("/news?page=2");
        var search = await Client.GetAsync("/search?q=quokka&utm_source=x");

        Assert.Equal(Site + "/news?page=2", Link(news, "canonical"));
        Assert.Equal(Site + "/news", Link(news, "prev"));
        Assert.Null(Link(news, "next"));
        Assert.Equal(Site + "/search?q=quokka", Link(search, "canonical"));
        Assert.Equal(Site + "/search?q=quokka&page=2", Link(search, "next"));
    }

    [Fact]
    public async Task A_calendar_month_links_the_months_either_side()
    {
        var page = await Client.GetAsync("/events?month=2020-02&view=calendar&utm_source=x");

        Assert.Equal(Site + "/events?view=calendar&month=2020-02", Link(page, "canonical"));
        Assert.Equal(Site + "/events?view=calendar&month=2020-01", Link(page, "prev"));
        Assert.Equal(Site + "/events?view=calendar&month=2020-03", Link(page, "next"));
    }

    private async Task AddBriefsAsync(int count)
    {
        await Factory.AddBriefAsync(new NewBrief("Quokka brief 0") { Body = "Quokka." });
        await Factory.WithDbAsync(async db =>
        {
            var topic = await db.Topics.SingleAsync();
            for (var i = 1; i < count; i++)
            {
                db.Briefs.Add(new Brief
                {
                    Title = $"Quokka brief {i}", Slug = $"quokka-brief-{i}", Topic = topic, Summary = "Quokka.", Body = "Quokka.",
                    Status = BriefStatus.Published, PublishedOn = new DateOnly(2019, 1, 1), CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
                });
            }

            await db.SaveChangesAsync();
        });
    }

    private static string? Link(Page page, string rel)
    {
        var links = page.Document.QuerySelectorAll($"head link[rel={rel}]");
        Assert.True(links.Length <= 1, $"{links.Length} links rel={rel}");
        return links.SingleOrDefault()?.GetAttribute("href");
    }
}
