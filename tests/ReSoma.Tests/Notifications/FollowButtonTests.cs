using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Notifications;

/// <summary>The Follow buttons on the followable pages and on the settings page: what a visitor and a signed-in person
/// see, what a forged or foreign form can do, and that the follows are in the person's data export.</summary>
public sealed class FollowButtonTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string TopicPage = "/topics/immigration-detention-2019";

    private async Task<string> SignedInStakeholderAsync()
    {
        var email = (await Factory.AddStakeholdersAsync(1, prefix: "follower")).Single();
        await Client.LoginAsync(email, PortalFactory.Password);
        return await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
    }

    private List<(FollowKind Kind, string Key)> FollowsOf(string userId) =>
        Factory.WithDb(db => db.Follows.Where(f => f.UserId == userId).Select(f => new { f.Kind, f.Key }).ToList().Select(f => (f.Kind, f.Key)).ToList());

    [Fact]
    public async Task A_visitor_is_asked_to_log_in_and_comes_back_to_the_topic()
    {
        await Factory.AddBriefAsync(new NewBrief("Detention in practice"));
        var page = await Client.GetAsync(TopicPage);
        var follow = page.One(".follow a.btn")!;
        Assert.Equal("Follow Immigration detention", follow.TextContent.Trim());
        Assert.Equal("/account/login?returnUrl=" + Uri.EscapeDataString(TopicPage), follow.GetAttribute("href"));
        Assert.Equal("/feeds/topics/immigration-detention-2019", page.One(".follow a[type='application/atom+xml']")!.GetAttribute("href"));
        Assert.Empty(page.Document.QuerySelectorAll("form[action='/account/follows']"));
    }

    [Fact]
    public async Task A_signed_in_person_follows_a_topic_sees_it_followed_follows_once_and_unfollows()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Detention in practice"));
        var userId = await SignedInStakeholderAsync();
        var topicId = Factory.WithDb(db => db.Topics.Single(t => t.Slug == "immigration-detention-2019").Id);

        var followed = await Client.SubmitAsync(TopicPage, new Dictionary<string, string>(), "/account/follows");
        Assert.Equal((HttpStatusCode.Redirect, TopicPage), (followed.Status, followed.Location));
        var page = await Client.GetAsync(TopicPage);
        Assert.Contains("Following", page.One(".follow .badge")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.One(".follow form[action='/account/follows/remove']"));

        // A second follow (another tab, a double click) is still one follow.
        await Client.PostWithTokenAsync("/account/follows", new Dictionary<string, string> { ["kind"] = "Topic", ["key"] = topicId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal([(FollowKind.Topic, topicId.ToString(System.Globalization.CultureInfo.InvariantCulture))], FollowsOf(userId));

        var settings = await Client.GetAsync("/account/notifications");
        Assert.Equal(["Immigration detention"], settings.Document.QuerySelectorAll("#following li").Select(li => li.TextContent.Trim()));

        await Client.SubmitAsync(TopicPage, new Dictionary<string, string>(), "/account/follows/remove");
        Assert.Empty(FollowsOf(userId));
        Assert.NotNull((await Client.GetAsync(TopicPage)).One(".follow form[action='/account/follows']"));
        Assert.NotNull(brief);
    }

    [Fact]
    public async Task Areas_series_the_current_cycle_and_the_events_each_have_their_button()
    {
        await Factory.AddCycleAsync(2026, current: true, CyclePhase.Consultations, ("Return policy", Area.Migration));
        var userId = await SignedInStakeholderAsync();
        foreach (var page in new[] { "/topics?area=asylum", "/briefs?series=policy-options", "/cycles/2026", "/events" })
        {
            var shown = await Client.GetAsync(page);
            Assert.True(shown.One("form[action='/account/follows']") is not null, "no Follow button on " + page);
            Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(shown, new Dictionary<string, string>(), "/account/follows")).Status);
        }

        Assert.Equal(
            [(FollowKind.Area, "Asylum"), (FollowKind.Series, "PolicyOptionBrief"), (FollowKind.Cycle, "current"), (FollowKind.Events, "all")],
            FollowsOf(userId).OrderBy(f => f.Kind).ToList());

        // The settings page offers the current cycle's topics too, and follows from there.
        var settings = await Client.GetAsync("/account/notifications");
        Assert.Equal(4, settings.Document.QuerySelectorAll("#following li").Length);
        var returnPolicy = settings.Document.QuerySelectorAll("#followable tr").Single(tr => tr.TextContent.Contains("Return policy", StringComparison.Ordinal));
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)returnPolicy.QuerySelector("form")!;
        var done = await Client.PostAsync(form.Action!, PortalClient.FieldsOf(form));
        Assert.Equal("/account/notifications", done.Location);
        Assert.Equal(5, FollowsOf(userId).Count);
    }

    [Fact]
    public async Task Forged_follows_are_refused_and_the_way_back_stays_in_the_portal()
    {
        await Factory.AddBriefAsync(new NewBrief("Detention in practice"));
        var later = await Factory.WithDbAsync(async db =>
        {
            var first = await db.Topics.SingleAsync(t => t.Slug == "immigration-detention-2019");
            var cycle = db.Cycles.Add(new Cycle { Year = 2020, OpenedAt = DateTimeOffset.UtcNow }).Entity;
            var next = first.ContinueIn("immigration-detention-2020");
            next.Cycle = cycle;
            db.Topics.Add(next);
            await db.SaveChangesAsync();
            return next.Id;
        });
        var userId = await SignedInStakeholderAsync();

        foreach (var (kind, key) in new[] { ("Topic", "999999"), ("Topic", later.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Topic", "1 OR 1=1"), ("Area", "Mars"), ("Cycle", "2019"), ("77", "all") })
        {
            var refused = await Client.PostWithTokenAsync("/account/follows", new Dictionary<string, string> { ["kind"] = kind, ["key"] = key });
            Assert.True(refused.Status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{kind}/{key}: {(int)refused.Status}");
        }

        Assert.Empty(FollowsOf(userId));

        var elsewhere = await Client.PostWithTokenAsync("/account/follows", new Dictionary<string, string> { ["kind"] = "Events", ["key"] = "all", ["returnUrl"] = "https://evil.example/phish" });
        Assert.Equal("/account/notifications?done=followed", elsewhere.Location);

        // Without the form's token, and without signing in, nothing happens.
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PostAsync("/account/follows", [new("kind", "Area"), new("key", "Asylum")])).Status);
        var stranger = await NewClient().PostWithTokenAsync("/account/follows", new Dictionary<string, string> { ["kind"] = "Area", ["key"] = "Asylum" });
        Assert.Contains("/account/login", stranger.Location, StringComparison.Ordinal);
        Assert.Equal([(FollowKind.Events, "all")], FollowsOf(userId));
    }

    [Fact]
    public async Task Follows_notifications_and_settings_are_in_the_data_export()
    {
        var userId = await SignedInStakeholderAsync();
        await Client.SubmitAsync("/events", new Dictionary<string, string>(), "/account/follows");
        await Client.SubmitAsync("/account/notifications", new Dictionary<string, string> { ["Frequency"] = "Weekly" }, "/account/notifications");

        using var export = JsonDocument.Parse(await Client.Http.GetStringAsync("/account/personal-data/download"));
        var section = export.RootElement.GetProperty("notifications");
        Assert.Equal("Events", section.GetProperty("follows")[0].GetProperty("kind").GetString());
        Assert.Equal("Weekly", section.GetProperty("settings").GetProperty("frequency").GetString());
        Assert.DoesNotContain(Factory.WithDb(db => db.NotificationSettings.Single(s => s.UserId == userId).FeedToken), export.RootElement.GetRawText(), StringComparison.Ordinal);
    }
}
