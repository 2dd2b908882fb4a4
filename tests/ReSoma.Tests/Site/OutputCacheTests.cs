using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;

namespace ReSoma.Tests.Site;

/// <summary>
/// Anonymous visitors get public pages from the output cache (the <c>Age</c> header says a response came from it), and
/// a change shows on the very next request.
/// </summary>
public sealed class OutputCacheTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static bool FromCache(Page page) => page.Response.Headers.Age is not null;

    private async Task<Page> CachedAsync(string url)
    {
        var first = await NewClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.False(FromCache(first));
        var second = await NewClient().GetAsync(url);
        Assert.True(FromCache(second), $"{url} was not answered from the output cache");
        return second;
    }

    [Fact]
    public async Task A_brief_an_editor_publishes_is_in_the_anonymous_list_on_the_next_request()
    {
        await Factory.AddCycleAsync(2019, topics: ("Immigration detention", Area.Migration));
        var topicId = Factory.WithDb(db => db.Topics.Single().Id).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain("Cached or not", (await CachedAsync("/briefs")).Text, StringComparison.Ordinal);

        await Client.LoginAsRoleAsync(Roles.Editor);
        var created = await Client.SubmitAsync("/editor/briefs/new", new Dictionary<string, string>
        {
            ["Title"] = "Cached or not",
            ["TopicId"] = topicId,
            ["Series"] = nameof(BriefSeries.PolicyOptionBrief),
            ["Summary"] = "What the options are.",
            ["Body"] = "## Options\n\nThree options.",
            ["Keywords"] = "detention",
            ["Language"] = "en",
            ["Authors"] = "Ana Ribeiro; ISMU Foundation",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var id = Factory.WithDb(db => db.Briefs.Single().Id);
        var published = await Client.SubmitAsync($"/editor/briefs/{id}/edit", new Dictionary<string, string>(), $"/editor/briefs/{id}/publish");
        Assert.Equal(HttpStatusCode.Redirect, published.Status);

        var list = await NewClient().GetAsync("/briefs");
        Assert.False(FromCache(list));
        Assert.Contains("Cached or not", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seat_taken_changes_the_seats_left_for_anonymous_visitors_at_once()
    {
        await Factory.AddConsultationAsync(new NewConsultation("Seat cache") { Seats = 3 });
        Assert.Contains("3 seats left", (await CachedAsync("/consultations/seat-cache")).One("#seats")!.TextContent, StringComparison.Ordinal);

        await Client.LoginAsRoleAsync(Roles.Researcher);
        var registered = await Client.SubmitAsync("/consultations/seat-cache", new Dictionary<string, string>(), "/consultations/seat-cache/register");
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);

        var after = await NewClient().GetAsync("/consultations/seat-cache");
        Assert.Contains("2 seats left", after.One("#seats")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bulk_update_evicts_as_a_save_does()
    {
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("Bulk cache") { Seats = 3 });
        Assert.Contains("3 seats left", (await CachedAsync("/consultations/bulk-cache")).One("#seats")!.TextContent, StringComparison.Ordinal);

        await Factory.WithDbAsync(db => db.SeatPools.Where(p => p.Id == consultation.SeatPoolId).ExecuteUpdateAsync(u => u.SetProperty(p => p.Capacity, 5)));

        Assert.Contains("5 seats left", (await NewClient().GetAsync("/consultations/bulk-cache")).One("#seats")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_visitors_share_the_public_data_and_see_a_change_at_once()
    {
        await Factory.AddConsultationAsync(new NewConsultation("Shared data") { Seats = 3 });
        await Client.LoginAsRoleAsync(Roles.Researcher);
        Assert.Contains("3 seats left", (await Client.GetAsync("/consultations/shared-data")).One("#seats")!.TextContent, StringComparison.Ordinal);

        var other = NewClient();
        await other.LoginAsRoleAsync(Roles.Practitioner);
        Assert.Equal(HttpStatusCode.Redirect, (await other.SubmitAsync("/consultations/shared-data", new Dictionary<string, string>(), "/consultations/shared-data/register")).Status);

        var page = await Client.GetAsync("/consultations/shared-data");
        Assert.Contains("2 seats left", page.One("#seats")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("Your seat is confirmed.", page.One("#my-status")?.TextContent);
    }

    [Fact]
    public void An_entity_the_cache_does_not_know_evicts_every_tag_and_a_private_one_none()
    {
        Assert.Equal(CacheTags.All.Order(), CacheEviction.TagsOf(typeof(Uri)).Order());
        Assert.Empty(CacheEviction.TagsOf(typeof(AuditEntry)));
        Assert.Equal([CacheTags.Consultations, CacheTags.Events], CacheEviction.TagsOf(typeof(SeatRegistration)));
    }

    [Fact]
    public async Task A_signed_in_page_is_never_stored_nor_answered_from_the_cache()
    {
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var signedIn = await Client.GetAsync("/");
        Assert.NotNull(signedIn.One("form[action='/account/logout']"));

        // What the signed-in visitor saw was not stored for the next visitor...
        var anonymous = await NewClient().GetAsync("/");
        Assert.False(FromCache(anonymous));
        Assert.Null(anonymous.One("form[action='/account/logout']"));

        // ...and once the anonymous page is cached, the signed-in visitor still gets their own.
        Assert.True(FromCache(await NewClient().GetAsync("/")));
        var again = await Client.GetAsync("/");
        Assert.False(FromCache(again));
        Assert.NotNull(again.One("form[action='/account/logout']"));
    }

    [Fact]
    public async Task A_page_with_a_form_token_or_a_visitor_cookie_is_never_shared()
    {
        await Factory.NewInterview(2019, 5, "Who rescues at sea").Published(new DateTimeOffset(2019, 5, 2, 9, 0, 0, TimeSpan.Zero));
        const string url = "/interviews/2019/05/who-rescues-at-sea";

        // The questionnaire carries an antiforgery token bound to the visitor's cookie: never stored.
        var first = await NewClient().GetAsync(url);
        var second = await NewClient().GetAsync(url);
        Assert.NotNull(second.One("input[name=__RequestVerificationToken]"));
        Assert.False(FromCache(second));
        Assert.NotEqual(
            first.One("input[name=__RequestVerificationToken]")!.GetAttribute("value"),
            second.One("input[name=__RequestVerificationToken]")!.GetAttribute("value"));

        // A page cached for visitors without cookies is not given to one whose cookie the page may read.
        await CachedAsync("/interviews");
        var reader = NewClient();
        reader.Http.DefaultRequestHeaders.Add("Cookie", "resoma-reader=abc");
        Assert.False(FromCache(await reader.GetAsync("/interviews")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/briefs")]
    [InlineData("/consultations")]
    [InlineData("/events")]
    [InlineData("/interviews")]
    [InlineData("/news")]
    [InlineData("/topics")]
    [InlineData("/search?q=asylum")]
    [InlineData("/briefs/feed")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task Head_answers_like_get_without_a_body(string url)
    {
        var get = await Client.Http.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Head, url);
        var head = await Client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_of_a_missing_page_is_404()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/briefs/no-such-brief");
        Assert.Equal(HttpStatusCode.NotFound, (await Client.Http.SendAsync(request)).StatusCode);
    }
}
