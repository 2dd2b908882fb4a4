using System.Net;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Site;

public sealed class AccessibilityStatementTests(AccessibilityStatementTests.StatementFactory factory) : PortalTest<AccessibilityStatementTests.StatementFactory>(factory)
{
    public sealed class StatementFactory : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Privacy:ContactEmail"] = "contact@resoma.example.org",
            ["Accessibility:LastChecked"] = "2026-12-05",
        };
    }

    [Fact]
    public async Task The_statement_follows_the_EU_model_and_shows_the_date_of_the_last_check_and_whom_to_write_to()
    {
        var page = await Client.GetAsync("/accessibility");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Accessibility statement", page.One("h1")!.TextContent);
        Assert.Equal(
            ["Compliance status", "Non-accessible content", "Preparation of this accessibility statement", "Feedback and contact information", "Enforcement procedure"],
            page.Document.QuerySelectorAll("article h2").Select(h => h.TextContent).ToArray());
        var lastChecked = page.One("#last-checked time")!;
        Assert.Equal("2026-12-05", lastChecked.GetAttribute("datetime"));
        Assert.Equal("5 December 2026", lastChecked.TextContent);
        // Without an address of its own, the statement gives the portal's published contact.
        Assert.Contains(page.Document.QuerySelectorAll("a[href^='mailto:']"), a => a.GetAttribute("href") == "mailto:contact@resoma.example.org");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/briefs")]
    [InlineData("/account/login")]
    public async Task Every_page_links_to_it_from_its_footer(string path)
    {
        var page = await Client.GetAsync(path);

        Assert.NotNull(page.One("footer a[href='/accessibility']"));
    }
}
