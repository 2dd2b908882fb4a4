using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Languages;

/// <summary>The news pages and the news editor in French: the interface is French, the content stays as written.</summary>
public sealed class FrenchNewsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_news_list_and_an_item_are_in_French()
    {
        await Factory.AddNewsAsync(new NewNews("Conference in Brussels") { Date = new(2019, 6, 3) });
        var list = await Client.GetAsync("/news?culture=fr");
        Assert.Equal("Actualités", list.One("h1")!.TextContent);
        Assert.Contains("Flux Atom des actualités", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Atom feed of news", list.Text, StringComparison.Ordinal);
        Assert.Contains("3 juin 2019", list.One(".news-card")!.TextContent, StringComparison.Ordinal);

        var page = await Client.GetAsync("/news/conference-in-brussels");
        Assert.Equal("Conference in Brussels", page.One("h1")!.TextContent);
        Assert.Contains("3 juin 2019", page.One(".news-date")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("June", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_news_editor_answers_in_French_with_French_validation_messages()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = await Client.GetAsync("/editor/news/new?culture=fr");
        Assert.Equal("Nouvelle actualité", form.One("h1")!.TextContent);
        Assert.Contains("Enregistrer comme brouillon", form.Text, StringComparison.Ordinal);
        Assert.Equal("Langue du texte", form.One("label[for=Language]")!.TextContent);

        var refused = await Client.SubmitAsync(form, new Dictionary<string, string> { ["Title"] = "", ["Date"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Donnez un titre à l’actualité.", refused.Errors);
        Assert.Contains("Indiquez la date à laquelle se rapporte l’actualité.", refused.Errors);
        Assert.DoesNotContain("Give the news item a title.", refused.Text, StringComparison.Ordinal);
    }
}
