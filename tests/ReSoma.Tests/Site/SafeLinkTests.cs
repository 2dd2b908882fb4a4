using ReSoma.Web.Infrastructure.Markdown;

namespace ReSoma.Tests.Site;

/// <summary>Links a page writes from stored or typed addresses never carry a script scheme.</summary>
public sealed class SafeLinkTests
{
    [Theory]
    [InlineData("https://news.example.org/story")]
    [InlineData("http://example.org")]
    [InlineData("mailto:info@resoma.local")]
    [InlineData("/briefs?q=a:b")]
    [InlineData("?page=2&q=javascript:alert(1)")]
    [InlineData("#contribution-3")]
    [InlineData("../x:y")]
    [InlineData("")]
    [InlineData(null)]
    public void Web_addresses_and_relative_links_are_kept(string? url) => Assert.True(LinkPolicy.IsSafeHref(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" java\tscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public void Script_and_data_addresses_are_refused(string url) => Assert.False(LinkPolicy.IsSafeHref(url));
}
