using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>Demo accounts in Development, and the first admin from <c>Seed:AdminEmail</c> + <c>Seed:AdminPassword</c>.</summary>
public sealed class AccountSeeder(
    UserManager<ApplicationUser> users,
    IOptions<SeedOptions> options,
    IHostEnvironment environment,
    FirstRunReport report,
    TimeProvider clock)
{
    private readonly SeedOptions _options = options.Value;

    public async Task SeedAsync()
    {
        if (_options.DemoAccounts ?? environment.IsDevelopment())
        {
            await SeedDemoAccountsAsync();
        }

        if (!string.IsNullOrWhiteSpace(_options.AdminEmail) && !string.IsNullOrWhiteSpace(_options.AdminPassword))
        {
            await EnsureAccountAsync(_options.AdminEmail.Trim(), _options.AdminPassword, Roles.Admin, "Administrator", isDemo: false, resetPassword: false);
        }
    }

    private async Task SeedDemoAccountsAsync()
    {
        var configured = !string.IsNullOrWhiteSpace(_options.DemoPassword);
        var password = configured ? _options.DemoPassword! : GeneratePassword();
        var created = 0;
        foreach (var account in DemoAccounts.All)
        {
            // A configured password is applied to existing demo accounts too: that is how a lost one is reset.
            if (await EnsureAccountAsync(account.Email, password, account.Role, account.DisplayName, isDemo: true, resetPassword: configured))
            {
                created++;
            }
        }

        var logins = string.Join(", ", DemoAccounts.All.Select(a => a.Email));
        report.Add($"Demo logins: {logins}");
        report.Add(configured
            ? "Demo password: the value of Seed__DemoPassword."
            : created > 0
                ? $"Demo password (shown this once): {password}"
                : "Demo password: shown at the first start; set Seed__DemoPassword to choose a new one.");
    }

    /// <returns>true when the account was created.</returns>
    private async Task<bool> EnsureAccountAsync(string email, string password, string role, string displayName, bool isDemo, bool resetPassword)
    {
        var user = await users.FindByEmailAsync(email);
        var created = false;
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName,
                RegisteredAt = clock.GetUtcNow(),
                IsDemo = isDemo,
            };
            Check(await users.CreateAsync(user, password), email);
            created = true;
        }
        else if (resetPassword && !await users.CheckPasswordAsync(user, password))
        {
            // Only a changed password is reset: a reset changes the security stamp, which would end every signed-in
            // demo session at each restart.
            var token = await users.GeneratePasswordResetTokenAsync(user);
            Check(await users.ResetPasswordAsync(user, token, password), email);
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            Check(await users.AddToRoleAsync(user, role), email);
        }

        return created;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding the account {email} failed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private static string GeneratePassword() =>
        "Rs-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y') + "-7a";
}
