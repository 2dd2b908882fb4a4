using System.Net;
using System.ServiceModel.Syndication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Tests.Notifications;

/// <summary>The news feeds of followable things and each person's private feed, as a feed reader sees them.</summary>
public sealed class FollowFeedTests(PublishingPortalFactory factory) : PortalTest<PublishingPortalFactory>(factory)
{
    private const string TopicFeed = "/feeds/topics/immigration-detention-2019";

    private async Task<int> PublishThroughTheEditorAsync(string title)
    {
        var draft = await Factory.AddBriefAsync(new NewBrief(title) { Status = BriefStatus.Draft });
        await EditorAsync($"/editor/briefs/{draft.Id}/publish", draft.Id);
        return draft.Id;
    }

    private async Task EditorAsync(string action, int briefId)
    {
        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync($"/editor/briefs/{briefId}/edit", new Dictionary<string, string>(), action)).Status);
    }

    private static async Task<SyndicationFeed> FeedAsync(PortalClient client, string path, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        var response = await client.Http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        return Atom.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Titles(SyndicationFeed feed) => feed.Items.Select(i => i.Title.Text).ToList();

    /// <summary>News written as the news desk writes it, reaching <paramref name="userId"/> as a notification.</summary>
    private Task<long> AddNewsAsync(string title, NewsKind kind, string path, FollowTarget target, bool personal = false, string? userId = null) =>
        Factory.WithDbAsync(async db =>
        {
            var now = Factory.Clock.GetUtcNow();
            var item = new NewsItem { Kind = kind, SourceKey = "test:" + title, Title = title, Line = "Line of " + title, Path = path, IsPersonal = personal, CreatedAt = now };
            item.Targets.Add(new NewsTarget { Kind = target.Kind, Key = target.Key, Label = target.Label });
            db.NewsItems.Add(item);
            if (userId is not null)
            {
                db.Notifications.Add(new Notification { UserId = userId, NewsItem = item, Reason = "test", CreatedAt = now });
            }

            await db.SaveChangesAsync();
            return item.Id;
        });

    private async Task<(string Email, string UserId)> PersonAsync(string prefix)
    {
        var email = (await Factory.AddStakeholdersAsync(1, prefix: prefix)).Single();
        return (email, await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync()));
    }

    private async Task<string> FollowTopicAsync(string userId) => await Factory.WithDbAsync(async db =>
    {
        var topic = await db.Topics.SingleAsync(t => t.Title == "Immigration detention");
        db.Follows.Add(new Follow { UserId = userId, Kind = FollowKind.Topic, Key = FollowTargets.TopicKey(topic.Id, topic.FirstEntryId), CreatedAt = DateTimeOffset.UtcNow });
        var settings = NotificationDefaults.For(userId);
        db.NotificationSettings.Add(settings);
        await db.SaveChangesAsync();
        return settings.FeedToken;
    });

    [Fact]
    public async Task A_published_brief_is_news_in_the_feeds_of_its_topic_area_and_series_until_it_is_unpublished()
    {
        await Factory.AddBriefAsync(new NewBrief("An earlier brief on detention")); // makes the topic
        var id = await PublishThroughTheEditorAsync("Detention alternatives compared");
        var newsId = Factory.WithDb(db => db.NewsItems.Single(n => n.SourceKey == "brief:" + id).Id);

        var feed = await FeedAsync(Client, TopicFeed);
        Assert.Equal("ReSOMA news: Immigration detention", feed.Title.Text);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("Detention alternatives compared", entry.Title.Text);
        Assert.Equal("Discussion brief: A short summary of the brief.", entry.Summary.Text);
        Assert.Equal("http://localhost/briefs/detention-alternatives-compared", entry.Links.Single().Uri.AbsoluteUri);
        Assert.Equal("http://localhost/#news-" + newsId, entry.Id);
        foreach (var path in new[] { "/feeds/areas/migration", "/feeds/series/discussion" })
        {
            Assert.Equal(["Detention alternatives compared"], Titles(await FeedAsync(Client, path)));
        }

        Assert.Empty((await FeedAsync(Client, "/feeds/areas/asylum")).Items);
        Assert.Empty((await FeedAsync(Client, "/feeds/events")).Items);

        // The same visitor asks again after the brief went private: the cached feed is gone with it.
        await EditorAsync($"/editor/briefs/{id}/unpublish", id);
        Assert.Empty((await FeedAsync(Client, TopicFeed)).Items);
        Assert.Empty((await FeedAsync(Client, "/feeds/series/discussion")).Items);
    }

    [Fact]
    public async Task A_feed_lists_the_newest_fifty_with_links_from_the_configured_address_whatever_the_Host()
    {
        for (var i = 1; i <= 55; i++)
        {
            Factory.Clock.Advance(TimeSpan.FromMinutes(1));
            await AddNewsAsync($"Phase {i}", NewsKind.CyclePhaseChanged, "/cycles/2026", new FollowTarget(FollowKind.Cycle, Follow.CurrentCycle, "the 2026 cycle"));
        }

        var feed = await FeedAsync(NewClient(), "/feeds/cycle", host: "127.0.0.1");
        Assert.Equal(50, feed.Items.Count());
        Assert.Equal("Phase 55", feed.Items.First().Title.Text);
        Assert.Equal("Phase 6", feed.Items.Last().Title.Text);
        Assert.All(feed.Items, e => Assert.StartsWith("http://localhost/cycles/2026", e.Links.Single().Uri.AbsoluteUri, StringComparison.Ordinal));
        Assert.All(feed.Links, l => Assert.StartsWith("http://localhost/", l.Uri.AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Personal_news_and_news_no_longer_public_are_in_no_feed_and_a_private_feed_is_its_persons_alone()
    {
        await Factory.AddBriefAsync(new NewBrief("An earlier brief on detention"));
        var (_, reader) = await PersonAsync("reader");
        var (_, other) = await PersonAsync("other");
        var token = await FollowTopicAsync(reader);
        await PublishThroughTheEditorAsync("Detention alternatives compared");
        var cycle = new FollowTarget(FollowKind.Cycle, Follow.CurrentCycle, "the 2026 cycle");
        await AddNewsAsync("Your contribution was accepted", NewsKind.ContributionAccepted, "/account/contributions", cycle, personal: true, userId: reader);
        await AddNewsAsync("An event not announced any more", NewsKind.EventAnnounced, "/events/withdrawn", FollowTargets.Events, userId: reader);
        await AddNewsAsync("Someone else's news", NewsKind.CyclePhaseChanged, "/cycles/2026", cycle, userId: other);

        var response = await Client.Http.GetAsync("/feeds/private/" + token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
        Assert.True(response.Headers.CacheControl!.Private && response.Headers.CacheControl.NoStore);
        Assert.Equal(["Detention alternatives compared"], Titles(Atom.Parse(await response.Content.ReadAsStringAsync())));

        Assert.Equal(["Someone else's news"], Titles(await FeedAsync(Client, "/feeds/cycle")));
        Assert.Empty((await FeedAsync(Client, "/feeds/events")).Items);
    }

    [Fact]
    public async Task Resetting_the_private_feed_gives_a_new_address_and_the_old_one_answers_404()
    {
        var (email, userId) = await PersonAsync("reader");
        await Client.LoginAsync(email, PortalFactory.Password);
        var page = await Client.GetAsync("/account/notifications");
        var before = page.One("#private-feed-url")!.GetAttribute("value")!;
        Assert.StartsWith("http://localhost/feeds/private/", before, StringComparison.Ordinal);
        var oldPath = new Uri(before).AbsolutePath;
        Assert.Equal(HttpStatusCode.OK, (await NewClient().Http.GetAsync(oldPath)).StatusCode);

        var reset = await Client.SubmitAsync(page, new Dictionary<string, string>(), "/account/notifications/feed/reset");
        Assert.Equal(HttpStatusCode.Redirect, reset.Status);
        Assert.Equal("/account/notifications?done=feed-reset", reset.Response.Headers.Location!.OriginalString);

        var after = await Client.GetAsync("/account/notifications?done=feed-reset");
        Assert.NotNull(after.One("#private-feed [role=status]"));
        var newPath = new Uri(after.One("#private-feed-url")!.GetAttribute("value")!).AbsolutePath;
        Assert.NotEqual(oldPath, newPath);
        Assert.True(newPath.Length - "/feeds/private/".Length >= 32, "at least 128 bits");
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().Http.GetAsync(oldPath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await NewClient().Http.GetAsync(newPath)).StatusCode);
        Assert.Equal(newPath, "/feeds/private/" + Factory.WithDb(db => db.NotificationSettings.Single(s => s.UserId == userId).FeedToken));

        // Without signing in: no reset, and the settings page opened from a mail's link does not show the address.
        var stranger = NewClient();
        var refused = await stranger.PostAsync("/account/notifications/feed/reset", [new("__RequestVerificationToken", await stranger.TokenAsync())]);
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.Contains("/account/login", refused.Response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var mailToken = Factory.Services.GetRequiredService<SubscriptionTokens>().For(userId, SubscriptionKind.Notifications);
        var fromMail = await stranger.GetAsync("/account/notifications?token=" + Uri.EscapeDataString(mailToken));
        Assert.Equal(HttpStatusCode.OK, fromMail.Status);
        Assert.Null(fromMail.One("#private-feed"));
        Assert.DoesNotContain("/feeds/private/", fromMail.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feeds/topics/no-such-topic")]
    [InlineData("/feeds/areas/mars")]
    [InlineData("/feeds/areas/1")]
    [InlineData("/feeds/series/novels")]
    [InlineData("/feeds/private/0123456789abcdef0123456789abcdef")]
    public async Task Unknown_things_have_no_feed(string path)
    {
        await Factory.AddBriefAsync(new NewBrief("An earlier brief on detention"));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.Http.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_later_cycles_address_of_a_topic_leads_to_the_first_entrys_feed()
    {
        await Factory.AddBriefAsync(new NewBrief("An earlier brief on detention"));
        await Factory.AddBriefAsync(new NewBrief("A later brief on detention") { Year = 2020, PublishedOn = new(2020, 5, 1) });
        await Factory.WithDbAsync(async db =>
        {
            var first = await db.Topics.SingleAsync(t => t.Slug == "immigration-detention-2019");
            (await db.Topics.SingleAsync(t => t.Slug == "immigration-detention-2020")).FirstEntryId = first.Id;
            await db.SaveChangesAsync();
        });

        var response = await Client.Http.GetAsync("/feeds/topics/immigration-detention-2020");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(TopicFeed, response.Headers.Location!.OriginalString);
    }
}
