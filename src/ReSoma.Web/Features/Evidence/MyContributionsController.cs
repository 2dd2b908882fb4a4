using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ReSoma.Web.Features.Evidence;

/// <summary>A contributor's own written contributions, and where each has been cited.</summary>
[Route("account/contributions")]
[Authorize]
public sealed class MyContributionsController(MyContributionsQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("MyContributions", await query.ListAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken));
}
