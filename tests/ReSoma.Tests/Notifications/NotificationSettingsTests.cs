using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Tests.Notifications;

/// <summary>The settings page signed in or from a mail's signed link, and unsubscribing by one-click POST and by the page.</summary>
public sealed class NotificationSettingsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private async Task<string> UserIdAsync(string email) => await Factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).Id));

    private string TokenFor(string userId, SubscriptionKind kind) => Factory.Services.GetRequiredService<SubscriptionTokens>().For(userId, kind);

    [Fact]
    public async Task A_signed_in_person_chooses_daily_mail_in_their_zone_with_the_newsletter()
    {
        var email = (await Factory.AddStakeholdersAsync(1, prefix: "settings")).Single();
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync("/account/notifications")).Status);
        await Client.LoginAsync(email, PortalFactory.Password);
        var page = await Client.GetAsync("/account/notifications");
        Assert.NotNull(page.One("#frequency-Weekly[checked]"));

        var bad = await Client.SubmitAsync(page, new Dictionary<string, string> { ["Frequency"] = "Daily", ["TimeZoneId"] = "Mars/Olympus", ["Hour"] = "7" }, "/account/notifications");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        Assert.Contains("Choose your time zone from the list.", bad.Errors);

        var saved = await Client.SubmitAsync("/account/notifications", new Dictionary<string, string> { ["Frequency"] = "Daily", ["TimeZoneId"] = "Europe/Lisbon", ["Hour"] = "7", ["Newsletter"] = "true" }, "/account/notifications");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var userId = await UserIdAsync(email);
        var settings = Factory.WithDb(db => db.NotificationSettings.Single(s => s.UserId == userId));
        Assert.Equal((DigestFrequency.Daily, "Europe/Lisbon", 7, true), (settings.Frequency, settings.TimeZoneId, settings.Hour, settings.Newsletter));
    }

    [Fact]
    public async Task The_signed_link_opens_the_settings_without_signing_in_and_a_forged_one_does_not()
    {
        var email = (await Factory.AddStakeholdersAsync(1, prefix: "settings")).Single();
        var token = TokenFor(await UserIdAsync(email), SubscriptionKind.Notifications);
        var visitor = NewClient();
        var page = await visitor.GetAsync("/account/notifications?token=" + Uri.EscapeDataString(token));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var saved = await visitor.SubmitAsync(page, new Dictionary<string, string> { ["Frequency"] = "Never" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(DigestFrequency.Never, Factory.WithDb(db => db.NotificationSettings.Single().Frequency));

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/account/notifications?token=" + Uri.EscapeDataString(token[..^4] + "AAAA"))).Status);
    }

    [Fact]
    public async Task One_click_unsubscribe_stops_the_mails_without_a_session_or_token_and_the_newsletter_separately()
    {
        var email = (await Factory.AddStakeholdersAsync(1, prefix: "settings")).Single();
        var userId = await UserIdAsync(email);
        Factory.WithDb(db =>
        {
            var settings = NotificationDefaults.For(userId);
            settings.Newsletter = true;
            db.NotificationSettings.Add(settings);
            return db.SaveChanges();
        });

        // As a mail provider sends it (RFC 8058): a bare POST, no cookies, no antiforgery token.
        var url = "/account/notifications/unsubscribe/" + Uri.EscapeDataString(TokenFor(userId, SubscriptionKind.Notifications));
        var oneClick = await NewClient().PostAsync(url, [new("List-Unsubscribe", "One-Click")]);
        Assert.Equal(HttpStatusCode.OK, oneClick.Status);
        Assert.NotNull(oneClick.One("#unsubscribed"));
        var after = Factory.WithDb(db => db.NotificationSettings.Single(s => s.UserId == userId));
        Assert.Equal((DigestFrequency.Never, true), (after.Frequency, after.Newsletter));

        // By the link, with the page's button: the newsletter's own token stops only the newsletter.
        var visitor = NewClient();
        var page = await visitor.GetAsync("/account/notifications/unsubscribe/" + Uri.EscapeDataString(TokenFor(userId, SubscriptionKind.Newsletter)));
        Assert.Contains("newsletter", page.One("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.SubmitAsync(page, new Dictionary<string, string>())).Status);
        Assert.False(Factory.WithDb(db => db.NotificationSettings.Single(s => s.UserId == userId).Newsletter));

        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().PostAsync("/account/notifications/unsubscribe/forged", [])).Status);
    }
}
