using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ReSoma.Web.Features.Privacy;

/// <summary>The privacy notice: what the portal keeps about people, why, for how long, and whom to ask.</summary>
[Route("privacy")]
public sealed class PrivacyController(IOptions<PrivacyOptions> options) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(options.Value);
}
