using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Messages;

/// <summary>The messages the signed-in person sent, newest first: subject, to whom, when (never the recipient's address).</summary>
[Authorize]
[Route("account/messages")]
public sealed class SentMessagesController(ReSomaDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var sent = await db.ProfileMessages.AsNoTracking().Where(m => m.SenderId == userId).OrderByDescending(m => m.Id).Take(200)
            .Select(m => new SentMessage(m.Subject, db.Users.Where(u => u.Id == m.RecipientId).Select(u => u.DisplayName).FirstOrDefault(), m.SentAt))
            .ToListAsync(cancellationToken);
        return View("Sent", sent);
    }
}

/// <param name="To">Null once the recipient has left.</param>
public sealed record SentMessage(string Subject, string? To, DateTimeOffset SentAt);
