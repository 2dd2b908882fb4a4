using System.Globalization;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Languages;

/// <summary>The notifications page and the mail settings in French, with a form's error in French.</summary>
public sealed class FrenchNotificationsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_notifications_page_speaks_French()
    {
        var client = NewClient();
        await client.LoginAsRoleAsync(Roles.Researcher);
        var page = await client.GetAsync("/notifications?culture=fr");

        Assert.Equal("Notifications", page.One("h1")!.TextContent);
        Assert.Equal("Ce que vous suivez, et comment vous en êtes informé", page.One("a[href='/account/notifications']")!.TextContent);
        Assert.DoesNotContain("What you follow, and how you hear of it", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_settings_speak_French_and_give_their_errors_in_French()
    {
        var client = NewClient();
        await client.LoginAsRoleAsync(Roles.Researcher);
        var page = await client.GetAsync("/account/notifications?culture=fr");
        Assert.Equal("Actualités et courriels", page.One("h1")!.TextContent);
        Assert.Equal("Quotidien : un récapitulatif par jour, s’il y a du nouveau", page.One("label[for=frequency-Daily]")!.TextContent);
        Assert.Contains(CultureInfo.GetCultureInfo("fr").DateTimeFormat.GetDayName(DayOfWeek.Monday), page.Document.QuerySelectorAll("#WeeklyOn option").Select(o => o.TextContent));

        var refused = await client.SubmitAsync("/account/notifications", new Dictionary<string, string> { ["TimeZoneId"] = "Nowhere/Else", ["Hour"] = "40" }, "/account/notifications");
        Assert.Contains("Choisissez une heure entre 0 et 23.", refused.Errors);
        Assert.DoesNotContain("Choose an hour from 0 to 23.", refused.Errors);
    }
}
