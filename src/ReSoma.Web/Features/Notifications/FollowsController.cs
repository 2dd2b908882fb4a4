using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Notifications;

/// <summary>
/// The Follow buttons: a signed-in person follows or stops following a topic, an area, a series, the current cycle or
/// the events, and goes back to the page they were on. Only things that exist can be followed (a forged form is a 404),
/// and following twice is following once.
/// </summary>
[Authorize]
[Route("account/follows")]
public sealed class FollowsController(ReSomaDbContext db, TimeProvider clock) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Follow(FollowKind kind, string? key, string? returnUrl, CancellationToken cancellationToken)
    {
        if (await Followables.FindAsync(db, kind, key, cancellationToken) is not { } followable)
        {
            return NotFound();
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var target = followable.Target;
        if (!await db.Follows.AnyAsync(f => f.UserId == userId && f.Kind == target.Kind && f.Key == target.Key, cancellationToken))
        {
            db.Follows.Add(new Follow { UserId = userId, Kind = target.Kind, Key = target.Key, CreatedAt = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A double click raced this request: the follow is there, which is what was asked.
                if (!await db.Follows.AsNoTracking().AnyAsync(f => f.UserId == userId && f.Kind == target.Kind && f.Key == target.Key, cancellationToken))
                {
                    throw;
                }
            }
        }

        return Back(returnUrl, "followed");
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Unfollow(FollowKind kind, string? key, string? returnUrl, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await db.Follows.Where(f => f.UserId == userId && f.Kind == kind && f.Key == key).ExecuteDeleteAsync(cancellationToken);
        return Back(returnUrl, "unfollowed");
    }

    /// <summary>Back to the page of the button (only within the portal); from elsewhere, to the settings page.</summary>
    private IActionResult Back(string? returnUrl, string done) =>
        Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : LocalRedirect("~/account/notifications?done=" + done);
}
