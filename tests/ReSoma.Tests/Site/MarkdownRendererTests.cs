using ReSoma.Web.Infrastructure.Markdown;

namespace ReSoma.Tests.Site;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Raw_html_is_shown_as_text_not_run()
    {
        var html = _renderer.ToHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(1)>");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](//evil.example/path)")]
    [InlineData("[click](file:///etc/passwd)")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_other_than_http_https_mailto_or_local_become_plain_text(string markdown)
    {
        var html = _renderer.ToHtml(markdown);
        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_with_unsafe_sources_keep_only_their_alt_text()
    {
        var html = _renderer.ToHtml("![a chart](javascript:alert(1))");
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("a chart", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[EU](https://ec.europa.eu/home)", "href=\"https://ec.europa.eu/home\"")]
    [InlineData("[site](http://example.org)", "href=\"http://example.org\"")]
    [InlineData("[mail](mailto:info@example.org)", "href=\"mailto:info@example.org\"")]
    [InlineData("[topics](/topics)", "href=\"/topics\"")]
    [InlineData("[below](#part-2)", "href=\"#part-2\"")]
    public void Safe_links_are_kept(string markdown, string expected)
    {
        Assert.Contains(expected, _renderer.ToHtml(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_syntax_is_not_an_extension_authors_can_use()
    {
        var html = _renderer.ToHtml("Hello {onclick=alert(1)}");
        Assert.DoesNotContain("onclick=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_drops_the_markup()
    {
        Assert.Equal("Bold and a link", _renderer.ToPlainText("**Bold** and [a link](https://example.org)"));
    }
}
