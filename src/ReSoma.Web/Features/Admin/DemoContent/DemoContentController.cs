using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.DemoContent;

[Route("admin/demo-content")]
[Authorize(Policy = Policies.Admin)]
public sealed class DemoContentController(DemoContentRemover remover) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new DemoContentPage(await remover.CountAsync(cancellationToken), Removed: null));

    [HttpPost("delete")]
    public async Task<IActionResult> Delete(CancellationToken cancellationToken)
    {
        var removed = await remover.RemoveAsync(cancellationToken);
        return View(nameof(Index), new DemoContentPage(await remover.CountAsync(cancellationToken), removed));
    }
}

public sealed record DemoContentPage(DemoContentCounts Remaining, DemoContentCounts? Removed);
