using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Infrastructure.Caching;

namespace ReSoma.Web.Features.About;

[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.Briefs, CacheTags.Cycles])]
[Route("about")]
public sealed class AboutController(PartnersQuery partners) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await partners.RunAsync(cancellationToken));
}
