using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using ReSoma.Web.Infrastructure.Caching;

namespace ReSoma.Web.Features.Privacy;

/// <summary>The privacy notice: what the portal keeps about people, why, for how long, and whom to ask.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.Cycles])]
[Route("privacy")]
public sealed class PrivacyController(IOptions<PrivacyOptions> options) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(options.Value);
}
