using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Tests.Notifications;

/// <summary>A person who follows a topic hears of a brief published in it: a notification at once, and a mail at their
/// pace, carrying the one-click unsubscribe, and never twice.</summary>
public sealed class FollowNewsTests(PublishingPortalFactory factory) : PortalTest<PublishingPortalFactory>(factory)
{
    private async Task<(string Email, string UserId)> FollowerAsync(DigestFrequency frequency)
    {
        var email = (await Factory.AddStakeholdersAsync(1, prefix: "follower")).Single();
        var userId = await Factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var topic = await db.Topics.SingleAsync(t => t.Title == "Immigration detention");
            db.Follows.Add(new Follow { UserId = user.Id, Kind = FollowKind.Topic, Key = FollowTargets.TopicKey(topic.Id, topic.FirstEntryId), CreatedAt = DateTimeOffset.UtcNow });
            var settings = NotificationDefaults.For(user.Id);
            settings.Frequency = frequency;
            db.NotificationSettings.Add(settings);
            await db.SaveChangesAsync();
            return user.Id;
        });
        return (email, userId);
    }

    private async Task<int> PublishThroughTheEditorAsync(string title)
    {
        var draft = await Factory.AddBriefAsync(new NewBrief(title) { Status = BriefStatus.Draft });
        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync($"/editor/briefs/{draft.Id}/edit", new Dictionary<string, string>(), $"/editor/briefs/{draft.Id}/publish")).Status);
        return draft.Id;
    }

    private Task<int> RunDigestsAsync() => Factory.Services.GetRequiredService<DigestSender>().RunOnceAsync();

    [Fact]
    public async Task A_follower_mailed_immediately_gets_one_mail_with_the_one_click_unsubscribe()
    {
        await Factory.AddBriefAsync(new NewBrief("An earlier brief on detention")); // makes the topic
        var (email, userId) = await FollowerAsync(DigestFrequency.Immediately);
        await PublishThroughTheEditorAsync("Detention alternatives compared");

        var notification = Assert.Single(Factory.WithDb(db => db.Notifications.Include(n => n.NewsItem).Where(n => n.UserId == userId).ToList()));
        Assert.Equal(("Detention alternatives compared", "you follow Immigration detention"), (notification.NewsItem!.Title, notification.Reason));

        Assert.Equal(1, await RunDigestsAsync());
        Assert.Equal(0, await RunDigestsAsync());
        var mail = Assert.Single(Mailbox.To(email));
        Assert.Equal("ReSOMA: Detention alternatives compared", mail.Subject);
        Assert.Contains("http://localhost/briefs/detention-alternatives-compared", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("You follow Immigration detention", mail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<http://localhost/account/notifications/unsubscribe/", mail.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.StartsWith("<!DOCTYPE html>", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weekly_digest_waits_for_its_hour_goes_out_once_and_nothing_is_sent_without_news()
    {
        await Factory.AddBriefAsync(new NewBrief("An earlier brief on detention"));
        var (email, _) = await FollowerAsync(DigestFrequency.Weekly);
        // Sunday 6 December 2026, noon in Brussels: the next digest is Monday at 08:00.
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 6, 11, 0, 0, TimeSpan.Zero));
        await PublishThroughTheEditorAsync("Detention alternatives compared");
        Assert.Equal(0, await RunDigestsAsync());
        Assert.Empty(Mailbox.To(email));

        // Moving the clock also wakes the portal's own loop, which may send it first: either way, once.
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 7, 1, 0, TimeSpan.Zero));
        await RunDigestsAsync();
        Assert.Equal(0, await RunDigestsAsync());
        var digest = Assert.Single(Mailbox.To(email));
        Assert.Equal("Your ReSOMA week to 7 December 2026: 1 new item", digest.Subject);
        Assert.Contains("NEW POLICY BRIEFS", digest.TextBody, StringComparison.Ordinal);

        // A week on, with nothing new: no mail.
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 14, 7, 1, 0, TimeSpan.Zero));
        await RunDigestsAsync();
        Assert.Single(Mailbox.To(email));
        Assert.Equal(1, Factory.WithDb(db => db.DigestClaims.Count()));
    }

    [Fact]
    public async Task News_of_a_brief_that_is_no_longer_public_is_not_mailed_and_announcing_again_tells_nobody_twice()
    {
        await Factory.AddBriefAsync(new NewBrief("An earlier brief on detention"));
        var (email, userId) = await FollowerAsync(DigestFrequency.Immediately);
        var id = await PublishThroughTheEditorAsync("Detention alternatives compared");
        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        await editor.SubmitAsync($"/editor/briefs/{id}/edit", new Dictionary<string, string>(), $"/editor/briefs/{id}/unpublish");
        Assert.Equal(0, await RunDigestsAsync());
        Assert.Empty(Mailbox.To(email));

        await editor.SubmitAsync($"/editor/briefs/{id}/edit", new Dictionary<string, string>(), $"/editor/briefs/{id}/publish");
        Assert.Equal(1, Factory.WithDb(db => db.Notifications.Count(n => n.UserId == userId)));
        Assert.Equal(1, await RunDigestsAsync());
        Assert.Single(Mailbox.To(email));
    }
}
