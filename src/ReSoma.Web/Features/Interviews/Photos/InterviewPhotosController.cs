using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;

namespace ReSoma.Web.Features.Interviews.Photos;

/// <summary>
/// <c>/interviews/photos/{id}?v={version}</c>: the expert's photo. An unpublished interview's photo is a 404 for anyone
/// but editors, as its page is.
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.Interviews])]
[Route("interviews/photos")]
public sealed class InterviewPhotosController(InterviewPhotoQuery photos, IAuthorizationService authorization) : Controller
{
    // The address carries the interview's version, and any change of the photo changes the version: a published
    // photo under its current address never changes, so browsers and proxies may keep it. Anything else is checked
    // again each time (the ETag makes that a 304).
    private const string Immutable = "public, max-age=31536000, immutable";
    private const string Revalidate = "public, no-cache";
    private const string EditorsOnly = "private, no-cache";

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Photo(int id, int? v, CancellationToken cancellationToken)
    {
        var editor = User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, Policies.Editorial)).Succeeded;
        if (await photos.FindAsync(id, editor, v, cancellationToken) is not { } photo)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = !photo.IsPublic ? EditorsOnly : photo.IsCurrentVersion ? Immutable : Revalidate;
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(photo.Content, photo.ContentType, photo.LastModified, new EntityTagHeaderValue(photo.ETag));
    }
}
