using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Audit;

/// <summary>The audit log: role changes, locks, deletions and every change of what is public.</summary>
[Route("admin/audit")]
[Authorize(Policy = Policies.Admin)]
public sealed class AuditController(AuditLogQuery query) : Controller
{
    [HttpGet("")]
    // "kind", not "action": MVC reserves the route value "action" for the action's own name.
    public async Task<IActionResult> Index(string? kind, int page = 1, CancellationToken cancellationToken = default) =>
        View(await query.RunAsync(kind, page, cancellationToken));
}
