using System.Net;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Security;

public sealed class SecurityHeadersTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    public async Task Responses_carry_strict_security_headers(string url)
    {
        var response = await Client.Http.GetAsync(url);
        var csp = Header(response, "Content-Security-Policy");
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scriptSrc, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", scriptSrc, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Pages_have_no_inline_scripts()
    {
        foreach (var url in new[] { "/", "/account/register", "/account/login" })
        {
            var page = await Client.GetAsync(url);
            Assert.All(page.Document.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), $"inline script on {url}"));
        }
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused_with_400_and_changes_nothing()
    {
        var page = await Client.PostAsync("/account/register", TestData.RegistrationForm("no-token@example.org"));
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("could not be understood", page.Text, StringComparison.Ordinal);
        Assert.Equal(0, Factory.WithDb(db => db.Users.Count(u => u.Email == "no-token@example.org")));
    }

    [Fact]
    public async Task A_post_with_a_forged_antiforgery_token_is_refused_with_400()
    {
        var fields = TestData.RegistrationForm("forged@example.org");
        fields["__RequestVerificationToken"] = "CfDJ8forged-token";
        var page = await Client.PostAsync("/account/register", fields);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(0, Factory.WithDb(db => db.Users.Count(u => u.Email == "forged@example.org")));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
