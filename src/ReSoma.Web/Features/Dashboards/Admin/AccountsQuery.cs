using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Dashboards.Admin;

/// <summary>Accounts that need an admin's eye: those whose address is not confirmed yet (the newest first: a burst of
/// them is how a sign-up flood shows) and those locked out now, by an admin or after failed sign-ins.</summary>
/// <remarks>Whether an admin locked the account is asked in SQL: SQLite keeps times to a tenth of a millisecond, so
/// the "locked for ever" moment read back is not <see cref="ApplicationUser.LockedByAdministrator"/> to the tick, while
/// the database compares it with the parameter converted the same way.</remarks>
public sealed class AccountsQuery(ReSomaDbContext db)
{
    public const int Shown = 10;

    public async Task<Accounts> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var counts = await db.Users.AsNoTracking().GroupBy(_ => 1)
            .Select(g => new { Unconfirmed = g.Count(u => !u.EmailConfirmed), Locked = g.Count(u => u.LockoutEnd != null && u.LockoutEnd > now) })
            .FirstOrDefaultAsync(cancellationToken);
        var unconfirmed = await db.Users.AsNoTracking().Where(u => !u.EmailConfirmed)
            .OrderByDescending(u => u.RegisteredAt).ThenBy(u => u.Id).Take(Shown)
            .Select(u => new AccountRow(u.Id, u.Email ?? "", u.DisplayName, u.RegisteredAt, null, false))
            .ToListAsync(cancellationToken);
        var locked = await db.Users.AsNoTracking().Where(u => u.LockoutEnd != null && u.LockoutEnd > now)
            .OrderBy(u => u.Email).Take(Shown)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.RegisteredAt, u.LockoutEnd, ByAdministrator = u.LockoutEnd == ApplicationUser.LockedByAdministrator })
            .ToListAsync(cancellationToken);
        return new Accounts(
            counts?.Unconfirmed ?? 0, unconfirmed,
            counts?.Locked ?? 0,
            locked.Select(u => new AccountRow(u.Id, u.Email ?? "", u.DisplayName, u.RegisteredAt, u.LockoutEnd, u.ByAdministrator)).ToList());
    }
}
