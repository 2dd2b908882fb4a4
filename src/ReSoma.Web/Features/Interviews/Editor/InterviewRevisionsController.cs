using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>An interview's revision history (who, when, what), and any two revisions compared line by line.</summary>
[Route("editor/interviews/{id:int}/revisions")]
[Authorize(Policy = Policies.Editorial)]
public sealed class InterviewRevisionsController(InterviewRevisionsQuery revisions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Revisions(int id, CancellationToken cancellationToken) =>
        await revisions.ListAsync(id, cancellationToken) is { } list ? View(list) : NotFound();

    [HttpGet("compare")]
    public async Task<IActionResult> Compare(int id, int? from, int? to, CancellationToken cancellationToken) =>
        await revisions.CompareAsync(id, from, to, cancellationToken) is { } comparison ? View(comparison) : NotFound();
}
