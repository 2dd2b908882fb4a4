using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Tests.Security;

/// <summary>
/// A return address with characters Kestrel will not put in a header (an RTL override) was a 500 after logging in. The
/// in-memory test server sends any header, so these tests check the header as Kestrel would.
/// </summary>
public sealed class RedirectLocationTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Logging_in_with_an_RTL_override_in_the_return_address_redirects_with_it_encoded()
    {
        var page = await Client.SubmitAsync("/account/login?returnUrl=%2F%E2%80%AEbriefs",
            new Dictionary<string, string> { ["Email"] = "researcher@resoma.local", ["Password"] = PortalFactory.Password }, "/account/login");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/%E2%80%AEbriefs", page.Location);
        Assert.All(page.Response.Headers.NonValidated["Location"].ToString(), c => Assert.InRange(c, '!', '~'));
    }

    [Theory]
    [InlineData("/briefs?q=asylum&page=2#top", "/briefs?q=asylum&page=2#top")]
    [InlineData("/s\u00e3o-paulo", "/s%C3%A3o-paulo")]
    [InlineData("/a b\tc", "/a%20b%09c")]
    [InlineData("/\U0001F600", "/%F0%9F%98%80")]
    public void Only_what_a_header_cannot_carry_is_encoded(string url, string expected) =>
        Assert.Equal(expected, SendableRedirects.Location(url));
}
