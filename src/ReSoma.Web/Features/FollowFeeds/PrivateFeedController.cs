using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Infrastructure.Feeds;

namespace ReSoma.Web.Features.FollowFeeds;

/// <summary>
/// A person's own feed, at an address whose secret is the only key (feed readers send no cookies), and the button
/// that changes the secret when the address got out (decision 0041). Never cached by anyone but the reader, never indexed.
/// </summary>
public sealed class PrivateFeedController(FollowFeedQuery feeds, PrivateFeedReset reset) : Controller
{
    [HttpGet(FollowFeedQuery.PrivatePath + "{token}")]
    public async Task<IActionResult> Feed(string token, CancellationToken cancellationToken)
    {
        Response.Headers["X-Robots-Tag"] = "noindex";
        Response.Headers.CacheControl = "private, no-store";
        return await feeds.OfPersonAsync(token, cancellationToken) is { } atom ? AtomFeed.Result(atom) : NotFound();
    }

    [Authorize]
    [HttpPost("/account/notifications/feed/reset")]
    public async Task<IActionResult> Reset(CancellationToken cancellationToken)
    {
        await reset.RunAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        return Redirect(Url.Content("~/account/notifications?done=feed-reset"));
    }
}
