using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Infrastructure.Caching;

namespace ReSoma.Web.Features.Home;

[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.AnyContent])]
public sealed class HomeController(HomePageQuery query, PublicDataCache cache) : Controller
{
    private static readonly string[] Tags = [CacheTags.AnyContent];

    // The home page is the same for everyone: signed-in visitors get the cached data, rendered with their menu.
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await cache.GetAsync("home", Tags, query.RunAsync, cancellationToken));
}
