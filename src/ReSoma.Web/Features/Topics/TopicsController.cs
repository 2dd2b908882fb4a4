using Microsoft.AspNetCore.Mvc;

namespace ReSoma.Web.Features.Topics;

[Route("topics")]
public sealed class TopicsController(TopicListQuery list, TopicDetailsQuery details) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? year, string? area, CancellationToken cancellationToken) =>
        View(await list.RunAsync(year, area, cancellationToken));

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken) =>
        await details.RunAsync(slug, cancellationToken) is { } topic ? View(topic) : NotFound();
}
