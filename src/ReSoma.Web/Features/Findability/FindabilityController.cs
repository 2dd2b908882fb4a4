using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Findability;

/// <summary>How search engines, feed readers and harvesters find the portal's pages: sitemap, robots.txt, the feeds page.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.AnyContent])]
public sealed class FindabilityController(SitemapQuery sitemap, SiteAddress site, IStringLocalizer<FindabilityController> localizer) : Controller
{
    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken) =>
        File(SitemapXml.Write(site.Root, await sitemap.RunAsync(cancellationToken)), SitemapXml.ContentType);

    [HttpGet("/robots.txt")]
    public IActionResult Robots() =>
        Content(RobotsTxt.Write(site.Root, Request.PathBase.Value ?? ""), "text/plain; charset=utf-8", Encoding.UTF8);

    [HttpGet("/feeds")]
    public IActionResult Feeds() => View(new FeedsPage(site.Root, SiteFeeds.For(localizer)));
}

public sealed record FeedsPage(string SiteRoot, IReadOnlyList<SiteFeed> Feeds);
