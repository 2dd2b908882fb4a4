using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Languages;

/// <summary>The site search in French: its help, its filters and its result line; the results stay as written.</summary>
public sealed class FrenchSearchTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_search_page_is_in_French()
    {
        var help = await Client.GetAsync("/search?culture=fr");
        Assert.Equal("fr", help.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Ce que vous trouverez ici", help.Text, StringComparison.Ordinal);
        Assert.Contains("Tous les domaines", help.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("What you can find here", help.Text, StringComparison.Ordinal);

        await Factory.AddNewsAsync(new NewNews("Detention conference"));
        var results = await Client.GetAsync("/search?q=detention");
        Assert.StartsWith("1 résultat pour « detention »", results.One("#result-count")!.TextContent.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Equal("en", results.One(".search-result h2")!.GetAttribute("lang"));

        var none = await Client.GetAsync("/search?q=zzzzqqq");
        Assert.Contains("Aucun résultat pour", none.One("#no-results")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing matches", none.Text, StringComparison.Ordinal);
    }
}
