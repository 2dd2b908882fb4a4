using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Notifications;

/// <summary>
/// A person's notifications, newest first, the unread ones marked. Showing a page of them is reading them: they are
/// marked read as the page is made, so the count in the header (read after the action) already leaves them out.
/// Only news about what is still public is listed (see <see cref="NewsVisibility"/>).
/// </summary>
[Authorize]
[Route("notifications")]
public sealed class NotificationsController(ReSomaDbContext db, TimeProvider clock) : Controller
{
    public const int PageSize = 30;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Clamp(page, 1, 10_000);
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .StillPublic(db)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(n => new NotificationRow(n.Id, n.NewsItem!.Kind, n.NewsItem.Title, n.NewsItem.Line, n.NewsItem.Path, n.Reason, n.CreatedAt, n.ReadAt == null))
            .ToListAsync(cancellationToken);
        var shown = rows.Take(PageSize).ToList();
        var unreadIds = shown.Where(r => r.Unread).Select(r => r.Id).ToList();
        if (unreadIds.Count > 0)
        {
            var now = clock.GetUtcNow();
            await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null && unreadIds.Contains(n.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        }

        return View(new NotificationsPage(shown, page, HasOlder: rows.Count > PageSize));
    }
}

public sealed record NotificationRow(long Id, NewsKind Kind, string Title, string Line, string Path, string Reason, DateTimeOffset CreatedAt, bool Unread);

public sealed record NotificationsPage(IReadOnlyList<NotificationRow> Items, int Page, bool HasOlder);
