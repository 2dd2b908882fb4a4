using System.Text;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Search;

/// <summary>One search over everything public, and the description that lets browsers offer it in their address bar.</summary>
public sealed class SearchController(SiteSearchQuery query, SiteAddress site) : Controller
{
    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, string? type, string? area, string? year, string? sort, int page = 1, CancellationToken cancellationToken = default) =>
        View(await query.RunAsync(new SiteSearchInput(q, type, area, year, sort, page), cancellationToken));

    [HttpGet("/opensearch.xml")]
    public IActionResult OpenSearch() =>
        Content(OpenSearchDescription.Write(site.Root), OpenSearchDescription.ContentType, Encoding.UTF8);
}
