using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Search;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Search;

/// <summary>One search over everything public, suggestions as one types, and the description that lets browsers
/// offer the search in their address bar.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.AnyContent])]
public sealed class SearchController(SiteSearchQuery query, SearchSuggestions suggestions, SiteAddress site) : Controller
{
    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, string? type, string? area, string? year, string? sort, int page = 1, CancellationToken cancellationToken = default) =>
        View(await query.RunAsync(new SiteSearchInput(q, type, area, year, sort, page), cancellationToken));

    /// <summary>JSON titles and paths of public pages, for the search box's list (wwwroot/js/search-suggest.js).</summary>
    [HttpGet("/search/suggest")]
    [OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.Search])]
    public async Task<IActionResult> Suggest(string? q, CancellationToken cancellationToken)
    {
        // Anonymous answers are the same for everyone and may be kept by shared caches; a signed-in visitor's response
        // may carry a refreshed sign-in cookie, so only their own browser keeps it.
        Response.Headers.CacheControl = User.Identity?.IsAuthenticated == true ? "private, max-age=60" : "public, max-age=60";
        var found = await suggestions.RunAsync(q, cancellationToken);
        return Json(found.Select(s => s with { Path = Url.Content("~" + s.Path) }));
    }

    [HttpGet("/opensearch.xml")]
    public IActionResult OpenSearch() =>
        Content(OpenSearchDescription.Write(site.Root), OpenSearchDescription.ContentType, Encoding.UTF8);
}
