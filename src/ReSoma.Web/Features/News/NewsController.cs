using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Feeds;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.News;

/// <summary>The public news: the list, one item, its image and the Atom feed.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.News, CacheTags.Events, CacheTags.Cycles])]
[Route("news")]
public sealed class NewsController(NewsListQuery list, NewsPageQuery pages, NewsFeed feed, NewsImages images, IAuthorizationService authorization, SiteAddress site) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? page, CancellationToken cancellationToken) =>
        View(await list.RunAsync(page, cancellationToken));

    [HttpGet("feed")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken) =>
        AtomFeed.Result(await feed.AtomAsync(site.Root, cancellationToken));

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken) =>
        await pages.PublicAsync(slug, cancellationToken) is { } page ? View(page) : NotFound();

    /// <summary>Anyone may see a published item's image; the image of a draft only editors, for the preview.</summary>
    [HttpGet("images/{id:int}")]
    public async Task<IActionResult> Image(int id, CancellationToken cancellationToken)
    {
        var editor = User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, Policies.Editorial)).Succeeded;
        if (await images.FindAsync(id, editor, cancellationToken) is not { } image)
        {
            return NotFound();
        }

        // The address carries ?v=version, so a published image can be cached for good; a draft's must not be kept
        // by shared caches, which would hand it to anyone.
        Response.Headers.CacheControl = image.IsPublished ? "public, max-age=31536000, immutable" : "private, no-cache";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(image.Content, image.ContentType, image.LastModified, new EntityTagHeaderValue(image.ETag));
    }
}
