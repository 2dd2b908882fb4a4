using System.Net;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Languages;

/// <summary>How a visitor gets their language: the browser's on a first visit, the switch's choice kept in the
/// <c>culture</c> cookie after that, and each page naming its other languages for search engines.</summary>
public sealed class LanguageChoiceTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static async Task<Page> GetAsync(PortalClient client, string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await client.Http.SendAsync(request);
        return new Page(response, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()), "");
    }

    /// <summary>A client that sends exactly the cookie it is given.</summary>
    private PortalClient WithCookie(string cookie)
    {
        var client = new PortalClient(Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        client.Http.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [Fact]
    public async Task A_first_visit_follows_the_browsers_language_and_marks_the_page_with_it()
    {
        var french = await GetAsync(Client, "/", "fr-BE,fr;q=0.9,en;q=0.5");
        Assert.Equal("fr", french.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Aller au contenu principal", french.One(".skip-link")?.TextContent);

        var other = await GetAsync(NewClient(), "/", "de-DE,de;q=0.9");
        Assert.Equal("en", other.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Skip to main content", other.One(".skip-link")?.TextContent);
    }

    [Fact]
    public async Task The_switch_keeps_the_choice_in_the_culture_cookie_over_the_browsers_language()
    {
        var home = await GetAsync(Client, "/", "en-GB");
        var toFrench = home.Document.QuerySelectorAll(".language-switch a").Single(a => a.GetAttribute("hreflang") == "fr");
        Assert.Equal("fr", toFrench.GetAttribute("lang"));
        Assert.Equal("Français", toFrench.TextContent);

        var switched = await GetAsync(Client, toFrench.GetAttribute("href")!, "en-GB");
        var cookie = Assert.Single(switched.Response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("culture=", StringComparison.Ordinal));
        Assert.StartsWith("culture=fr;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        // Later pages, with no language in the address and an English browser, stay French.
        var later = await GetAsync(Client, "/topics", "en-GB");
        Assert.Equal("fr", later.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("true", later.Document.QuerySelectorAll(".language-switch a").Single(a => a.GetAttribute("hreflang") == "fr").GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr;evil")]
    [InlineData("<script>")]
    public async Task An_unknown_language_in_the_address_or_cookie_is_ignored(string value)
    {
        var page = await GetAsync(Client, "/?culture=" + Uri.EscapeDataString(value), "en-GB");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.False(page.Response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("culture=", StringComparison.Ordinal)));

        Assert.Equal("en", (await GetAsync(WithCookie("culture=" + Uri.EscapeDataString(value)), "/about", "en-GB")).Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_missing_page_asked_for_in_French_answers_in_French_without_a_cookie()
    {
        var missing = await GetAsync(NewClient(), "/no-such-page?culture=fr", "en-GB");
        Assert.Equal(HttpStatusCode.NotFound, missing.Response.StatusCode);
        Assert.Equal("fr", missing.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Aller au contenu principal", missing.One(".skip-link")?.TextContent);

        var english = await GetAsync(NewClient(), "/no-such-page", "en-GB");
        Assert.Equal(HttpStatusCode.NotFound, english.Response.StatusCode);
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Each_page_names_its_language_versions_at_the_configured_address()
    {
        var response = await Client.Http.GetAsync("/topics?culture=fr");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        var alternates = document.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal(PortalFactory.SiteAddress + "/topics?culture=en", alternates["en"]);
        Assert.Equal(PortalFactory.SiteAddress + "/topics?culture=fr", alternates["fr"]);
        Assert.Equal(PortalFactory.SiteAddress + "/topics", alternates["x-default"]);
        Assert.Equal(PortalFactory.SiteAddress + "/topics?culture=fr", document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_output_cache_keeps_one_copy_per_language()
    {
        Assert.Equal("en", (await GetAsync(NewClient(), "/about", "en")).Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("fr", (await GetAsync(NewClient(), "/about", "fr")).Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", (await GetAsync(NewClient(), "/about", "en")).Document.DocumentElement.GetAttribute("lang"));

        Assert.Equal("fr", (await GetAsync(WithCookie("culture=fr"), "/about", "en")).Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Validation_messages_are_in_the_pages_language()
    {
        var page = await Client.SubmitAsync("/account/login?culture=fr", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });
        Assert.Contains("Saisissez votre adresse électronique.", page.Errors);
        Assert.Contains("Saisissez votre mot de passe.", page.Errors);
    }
}
