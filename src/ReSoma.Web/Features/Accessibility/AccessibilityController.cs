using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using ReSoma.Web.Infrastructure.Caching;

namespace ReSoma.Web.Features.Accessibility;

/// <summary>The accessibility statement, in the structure of the EU model statement (Implementing Decision (EU) 2018/1523).</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
[Route("accessibility")]
public sealed class AccessibilityController(IOptions<AccessibilityOptions> options) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(options.Value);
}
