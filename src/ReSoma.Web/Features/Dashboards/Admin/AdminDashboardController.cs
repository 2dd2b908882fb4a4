using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Dashboards.Admin;

/// <summary>The admins' start page. Its forms post to the cycle pages' own actions, so the rules and messages of moving
/// a phase or opening a cycle stay in one place (<c>/admin/cycles</c>).</summary>
[Route("admin")]
[Authorize(Policy = Policies.Admin)]
public sealed class AdminDashboardController(AdminDashboardQuery dashboard) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await dashboard.RunAsync(cancellationToken));
}
