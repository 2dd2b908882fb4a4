using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>The questionnaire's results for editors, on screen and as CSV.</summary>
[Route("editor/interviews/{id:int}")]
[Authorize(Policy = Policies.Editorial)]
public sealed class InterviewResultsController(InterviewResultsQuery results, InterviewResultsCsv csv) : Controller
{
    [HttpGet("results")]
    public async Task<IActionResult> Results(int id, CancellationToken cancellationToken) =>
        await results.RunAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("results.csv")]
    public async Task<IActionResult> ResultsCsv(int id, CancellationToken cancellationToken) =>
        await csv.ExportAsync(id, cancellationToken) is { } export ? File(export.Content, InterviewResultsCsv.ContentType, export.FileName) : NotFound();
}
