using System.Net;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Languages;

/// <summary>The home page, topics, about, feeds, privacy and error pages in French.</summary>
public sealed class FrenchSitePagesTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_home_page_is_in_french()
    {
        var page = await Client.GetAsync("/?culture=fr");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Des données probantes pour la politique de l’UE en matière de migration, d’asile et d’intégration", page.One("#hero-title")!.TextContent);
        Assert.Equal("Découvrir les thèmes", page.One(".hero a[href='/topics']")!.TextContent);
        Assert.Contains("parties prenantes inscrites", page.One("#figure-stakeholders")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Explore the topics", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Latest news", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_topics_page_and_its_notices_are_in_french()
    {
        var page = await Client.GetAsync("/topics?year=abc&culture=fr");

        Assert.Equal("Thèmes", page.One("h1")!.TextContent);
        Assert.Equal("Afficher les thèmes", page.One("form.filter-bar button")!.TextContent);
        Assert.Contains(page.Document.QuerySelectorAll(".alert-info"), a => a.TextContent == "Il n’existe pas de cycle « abc » : tous les cycles sont affichés.");
        Assert.DoesNotContain("Show topics", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/about", "À propos de ReSOMA", "The consortium")]
    [InlineData("/feeds", "Flux", "Atom feeds")]
    [InlineData("/privacy", "Avis de confidentialité", "Who is responsible")]
    public async Task Other_pages_are_in_french(string path, string heading, string english)
    {
        var page = await Client.GetAsync(path + "?culture=fr");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(heading, page.One("h1")!.TextContent);
        Assert.DoesNotContain(english, page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feeds_page_names_each_area_in_french()
    {
        var page = await Client.GetAsync("/feeds?culture=fr");

        Assert.Equal("Nouvelles notes d’orientation", page.One("#feed-briefs .feed-link")!.TextContent);
        Assert.DoesNotContain("New policy briefs", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_page_is_in_french()
    {
        // The language chosen earlier (kept in the cookie) applies to the error page that replaces a missing one.
        await Client.GetAsync("/?culture=fr");
        var page = await Client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page introuvable", page.One("h1")!.TextContent);
        Assert.Contains("Aller à la page d’accueil", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Page not found", page.Html, StringComparison.Ordinal);
    }
}
