using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Followers;

/// <summary>Editors see how many people follow what, to know which topics draw an audience.</summary>
[Route("editor/followers")]
[Authorize(Policy = Policies.Editorial)]
public sealed class FollowersController(FollowerCountsQuery counts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await counts.RunAsync(cancellationToken));
}
