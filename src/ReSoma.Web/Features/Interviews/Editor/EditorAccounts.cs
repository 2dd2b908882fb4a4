using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>Who did something, as revisions record it: the account, and the name shown even after it is deleted.</summary>
public sealed record EditorAccount(string? Id, string Name);

public sealed class EditorAccounts(ReSomaDbContext db)
{
    /// <summary>The signed-in editor: their display name, else their login.</summary>
    public async Task<EditorAccount> OfAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = id is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        name = string.IsNullOrWhiteSpace(name) ? user.Identity?.Name ?? "An editor" : name.Trim();
        return new EditorAccount(id, name.Length > FieldLengths.Name ? name[..FieldLengths.Name] : name);
    }
}
