using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Account;

/// <summary>Reads and saves the signed-in person's own profile; every query is scoped to that person's id.</summary>
public sealed class ProfileCommands(ReSomaDbContext db, UserManager<ApplicationUser> users, OrganisationLookup organisations)
{
    public async Task<ProfileInput?> LoadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Organisation).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        return new ProfileInput
        {
            DisplayName = user.DisplayName,
            Organisation = user.Organisation?.Name ?? "",
            Country = user.Country ?? "",
            Email = user.Email ?? "",
            Roles = [.. await users.GetRolesAsync(user)],
        };
    }

    public async Task<bool> SaveAsync(string userId, ProfileInput input, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return false;
        }

        user.DisplayName = input.DisplayName.Trim();
        user.Country = input.Country;
        user.Organisation = await organisations.FindOrAddAsync(input.Organisation, input.Country, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
