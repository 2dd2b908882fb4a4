using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Languages;

/// <summary>The public consultations list in French: headings, filters and domain names.</summary>
public sealed class FrenchConsultationsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_list_speaks_French()
    {
        var page = await Client.GetAsync("/consultations?culture=fr");

        Assert.Equal("Consultations", page.One("h1")!.TextContent);
        Assert.Equal("Domaine", page.One("label[for=area]")!.TextContent);
        Assert.Contains("Asile", page.Document.QuerySelectorAll("#area option").Select(o => o.TextContent));
        Assert.Contains("Enquête en ligne", page.Document.QuerySelectorAll("#format option").Select(o => o.TextContent));
        Assert.Equal("Ouvertes et à venir", page.One(".nav-pills .nav-link.active")!.TextContent);
        Assert.DoesNotContain("Open and upcoming", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("All areas", page.Html, StringComparison.Ordinal);
    }
}
