using Microsoft.AspNetCore.Identity;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

public sealed class RoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
