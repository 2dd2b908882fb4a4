using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Infrastructure.Caching;

namespace ReSoma.Web.Features.Topics;

[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.AnyContent])]
[Route("topics")]
public sealed class TopicsController(TopicListQuery list, TopicDetailsQuery details) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? year, string? area, CancellationToken cancellationToken) =>
        View(await list.RunAsync(year, area, cancellationToken));

    /// <summary>A later cycle's address of a carried-over topic is permanent too: it leads to the topic's one page.</summary>
    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken) =>
        await details.RunAsync(slug, cancellationToken) switch
        {
            TopicDetailsQuery.Found found => View(found.Topic),
            TopicDetailsQuery.MovedTo moved => RedirectPermanent("/topics/" + Uri.EscapeDataString(moved.Slug)),
            _ => NotFound(),
        };
}
