using System.Text;

namespace ReSoma.Web.Features.Findability;

/// <summary>What crawlers may read: everything public, but not the back office, accounts or search results
/// (which only repeat pages the sitemap lists).</summary>
public static class RobotsTxt
{
    public static IReadOnlyList<string> Disallowed { get; } = ["/admin", "/editor", "/account", "/search"];

    public static string Write(string siteRoot, string pathBase)
    {
        var text = new StringBuilder();
        text.Append("User-agent: *\n");
        text.Append("Allow: ").Append(pathBase).Append("/\n");
        foreach (var path in Disallowed)
        {
            text.Append("Disallow: ").Append(pathBase).Append(path).Append('\n');
        }

        text.Append('\n').Append("Sitemap: ").Append(siteRoot).Append("/sitemap.xml\n");
        return text.ToString();
    }
}
