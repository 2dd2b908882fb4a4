using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Account;

/// <summary>The account itself: who the person is and which roles they hold. No password hash, no security stamps.</summary>
public sealed class ProfileDataSource(ReSomaDbContext db) : IPersonalDataSource
{
    public string Section => "account";

    public IReadOnlyCollection<Type> Covers { get; } =
        [typeof(ApplicationUser), typeof(IdentityUserRole<string>), typeof(IdentityUserClaim<string>), typeof(IdentityUserLogin<string>), typeof(IdentityUserToken<string>)];

    public async Task<object?> CollectAsync(string userId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.EmailConfirmed,
                u.DisplayName,
                Organisation = u.Organisation == null ? null : u.Organisation.Name,
                u.Country,
                u.RegisteredAt,
                u.TwoFactorEnabled,
                u.AccessFailedCount,
                u.LockoutEnd,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList(),
                Claims = db.UserClaims.Where(c => c.UserId == u.Id).Select(c => new { c.ClaimType, c.ClaimValue }).ToList(),
                ExternalLogins = db.UserLogins.Where(l => l.UserId == u.Id).Select(l => l.ProviderDisplayName ?? l.LoginProvider).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
}
