using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Languages;

/// <summary>The editors' newsletter, statistics and follower counts, in French.</summary>
public sealed class FrenchEditorToolsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_newsletter_editor_and_its_errors_are_in_French()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var list = await Client.GetAsync("/editor/newsletter?culture=fr");
        Assert.Contains("Nouveau numéro", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("New issue", list.Html, StringComparison.Ordinal);

        var created = await Client.SubmitAsync("/editor/newsletter/new", new Dictionary<string, string> { ["Subject"] = "Spring issue", ["Body"] = "Hello" });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var edit = await Client.GetAsync(created.Response.Headers.Location!.OriginalString);
        Assert.Contains("Brouillon créé.", edit.Html, StringComparison.Ordinal);
        Assert.Contains("Envoyer la lettre d’information", edit.Html, StringComparison.Ordinal);
        Assert.Contains("Objet", edit.Html, StringComparison.Ordinal);

        var action = edit.Document.Forms.Single(f => f.GetAttribute("action")!.EndsWith("/send", StringComparison.Ordinal)).GetAttribute("action")!;
        var refused = await Client.SubmitAsync(edit, new Dictionary<string, string>(), action);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Cochez la case pour confirmer que ce numéro part maintenant vers tous les abonnés.", refused.Errors);
        Assert.DoesNotContain(refused.Errors, e => e.StartsWith("Tick the box", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Statistics_and_follower_counts_are_in_French()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var statistics = await Client.GetAsync("/editor/statistics?culture=fr&month=2026-11");
        Assert.Contains("Les plus lus", statistics.Html, StringComparison.Ordinal);
        Assert.Contains("novembre 2026", statistics.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", statistics.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("November 2026", statistics.Html, StringComparison.Ordinal);

        var followers = await Client.GetAsync("/editor/followers?culture=fr");
        Assert.Contains("Le cycle annuel en cours", followers.Html, StringComparison.Ordinal);
        Assert.Contains("Domaines, séries, cycle et événements", followers.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("The current annual cycle", followers.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_private_feed_section_is_in_French()
    {
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var page = await Client.GetAsync("/account/notifications?culture=fr");
        Assert.Contains("Votre flux privé", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Your private feed", page.Html, StringComparison.Ordinal);
    }
}
