using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Data;

/// <summary>In Production there are no demo accounts or demo content; the first admin comes from the environment.</summary>
public sealed class ProductionSeedingTests(ProductionSeedingTests.ProductionPortalFactory factory) : PortalTest<ProductionSeedingTests.ProductionPortalFactory>(factory)
{
    public sealed class ProductionPortalFactory : PortalFactory
    {
        protected override string EnvironmentName => "Production";

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Seed:DemoAccounts"] = "false",
            ["Seed:DemoContent"] = "false",
            ["Seed:AdminEmail"] = "first.admin@example.org",
            ["Seed:AdminPassword"] = "Prod-Admin-Passw0rd",
        };
    }

    [Fact]
    public async Task Only_the_configured_first_admin_exists()
    {
        var emails = await Factory.WithDbAsync(db => db.Users.Select(u => u.Email).ToListAsync());
        Assert.Equal(["first.admin@example.org"], emails);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Topics.CountAsync()));

        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = await users.FindByEmailAsync("first.admin@example.org");
        Assert.True(await users.IsInRoleAsync(admin!, Roles.Admin));
        Assert.True(admin!.EmailConfirmed);
    }
}
