using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Messages;

/// <summary>
/// The people someone blocked. A block is made from the signed link in a message's mail (GET shows a confirmation, POST
/// blocks; the token names who blocks whom, so it works without signing in) and undone from /account/blocked.
/// </summary>
[Route("account")]
public sealed class BlocksController(ReSomaDbContext db, BlockTokens tokens, TimeProvider clock) : Controller
{
    [Authorize]
    [HttpGet("blocked")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var blocked = await db.Blocks.AsNoTracking().Where(b => b.BlockerId == userId)
            .Join(db.Users, b => b.BlockedId, u => u.Id, (b, u) => new BlockedPerson(u.Id, u.DisplayName, b.CreatedAt))
            .ToListAsync(cancellationToken);
        return View("Blocked", blocked.OrderBy(b => b.Name, StringComparer.CurrentCulture).ToList());
    }

    [Authorize]
    [HttpPost("blocked/unblock")]
    public async Task<IActionResult> Unblock(string? id, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await db.Blocks.Where(b => b.BlockerId == userId && b.BlockedId == id).ExecuteDeleteAsync(cancellationToken);
        return Redirect(Url.Content("~/account/blocked"));
    }

    [HttpGet("blocked/confirm/{token}")]
    public async Task<IActionResult> Confirm(string token, CancellationToken cancellationToken) =>
        await PageAsync(token, done: false, cancellationToken) is { } page ? View("Confirm", page) : NotFound();

    [HttpPost("blocked/confirm/{token}")]
    public async Task<IActionResult> Block(string token, CancellationToken cancellationToken)
    {
        if (await PageAsync(token, done: true, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        var (blockerId, blockedId) = tokens.Read(token)!.Value;
        if (!await db.Blocks.AnyAsync(b => b.BlockerId == blockerId && b.BlockedId == blockedId, cancellationToken))
        {
            db.Blocks.Add(new Block { BlockerId = blockerId, BlockedId = blockedId, CreatedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }

        return View("Confirm", page);
    }

    /// <summary>Null when the token is not ours or either person is gone.</summary>
    private async Task<BlockPage?> PageAsync(string token, bool done, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } found || !await db.Users.AnyAsync(u => u.Id == found.BlockerId, cancellationToken))
        {
            return null;
        }

        var name = await db.Users.Where(u => u.Id == found.BlockedId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return name is null ? null : new BlockPage(token, name, done);
    }
}

public sealed record BlockedPerson(string Id, string Name, DateTimeOffset Since);

public sealed record BlockPage(string Token, string Name, bool Done);
