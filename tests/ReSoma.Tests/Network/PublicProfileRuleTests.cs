using ReSoma.Web.Domain;

namespace ReSoma.Tests.Network;

public sealed class PublicProfileRuleTests
{
    [Theory]
    [InlineData("https://example.org/me", "https://example.org/me")]
    [InlineData("  http://example.org  ", "http://example.org")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("mailto:me@example.org", null)]
    [InlineData("ftp://example.org", null)]
    [InlineData("/network/me", null)]
    [InlineData("example.org", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_website_must_be_an_http_or_https_address(string? text, string? expected) =>
        Assert.Equal(expected, PublicProfile.NormaliseWebsite(text));

    [Fact]
    public void A_slug_comes_from_the_name_and_is_made_unique()
    {
        Assert.Equal("zofia-wojcik", PublicProfile.SlugFor("Zofia Wójcik", new HashSet<string>()));
        Assert.Equal("zofia-wojcik-2", PublicProfile.SlugFor("Zofia Wójcik", new HashSet<string> { "zofia-wojcik" }));
        Assert.Equal("zofia-wojcik-3", PublicProfile.SlugFor("Zofia Wójcik", new HashSet<string> { "zofia-wojcik", "zofia-wojcik-2" }));
    }

    [Fact]
    public void A_profile_is_private_by_default_and_hidden_when_its_account_is_locked()
    {
        var user = new ApplicationUser { DisplayName = "Ana" };
        var profile = new PublicProfile { UserId = "u", Slug = "ana", User = user };
        Assert.False(profile.IsShown);

        profile.IsPublic = true;
        Assert.True(profile.IsShown);

        user.LockoutEnd = ApplicationUser.LockedByAdministrator;
        Assert.False(profile.IsShown);
    }

    [Fact]
    public void A_mistyped_orcid_is_refused()
    {
        Assert.Equal("0000-0002-1825-0097", Orcid.Normalise("https://orcid.org/0000-0002-1825-0097"));
        Assert.Null(Orcid.Normalise("0000-0002-1825-0098"));
    }
}
