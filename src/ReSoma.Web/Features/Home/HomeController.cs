using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Infrastructure.Caching;

namespace ReSoma.Web.Features.Home;

[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.AnyContent])]
public sealed class HomeController(HomePageQuery query) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await query.RunAsync(cancellationToken));
}
