using System.Net;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Site;

public sealed class PrivacyNoticeTests(PrivacyNoticeTests.ContactFactory factory) : PortalTest<PrivacyNoticeTests.ContactFactory>(factory)
{
    public sealed class ContactFactory : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Privacy:ContactEmail"] = "dpo@resoma.example.org" };
    }

    [Fact]
    public async Task The_privacy_notice_says_what_is_kept_why_how_long_and_whom_to_ask()
    {
        var page = await Client.GetAsync("/privacy");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Privacy notice", page.One("h1")!.TextContent);
        Assert.Equal(["Who is responsible", "What we keep, and why", "Your rights, and how to use them"], page.Document.QuerySelectorAll("article h2").Select(h => h.TextContent).ToArray());
        Assert.Contains(page.Document.QuerySelectorAll("a[href^='mailto:']"), a => a.GetAttribute("href") == "mailto:dpo@resoma.example.org");
        Assert.True(page.Document.QuerySelectorAll("article tbody tr").Length >= 6);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/register")]
    public async Task Every_page_links_to_it_and_registration_does_next_to_its_consent(string path)
    {
        var page = await Client.GetAsync(path);
        Assert.NotNull(page.One("footer a[href='/privacy']"));
        if (path == "/account/register")
        {
            Assert.NotNull(page.One("#AcceptPrivacy ~ .form-text a[href='/privacy']"));
        }
    }
}
