using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Dashboards.Editor;

/// <summary>The editors' start page: what waits for an editor now, each item linked to where it is dealt with.</summary>
[Route("editor")]
[Authorize(Policy = Policies.Editorial)]
public sealed class EditorDashboardController(EditorDashboardQuery dashboard) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await dashboard.RunAsync(cancellationToken));
}
