using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReSoma.Bench;
using ReSoma.Web.Domain;

namespace ReSoma.Load;

/// <summary>
/// Stakeholder accounts as self-registration leaves them once confirmed: Identity's user with normalised names, a
/// security stamp, a confirmed address and one stakeholder role. Hashing a password costs tens of milliseconds, so one
/// hash of <see cref="Password"/> serves every account.
/// </summary>
public sealed class PeopleSeeder(BenchDatabase database)
{
    public const string Password = "Load-Bench-Passw0rd";
    public const string Domain = "load.bench.local";
    private static readonly string[] Countries = ["BE", "DE", "ES", "FR", "GR", "IT", "NL", "PL", "PT", "SE"];

    private string? _hash;

    public int Count { get; private set; }

    public static string Email(int number) => string.Create(CultureInfo.InvariantCulture, $"person{number:000000}@{Domain}");

    /// <summary>Adds accounts until there are <paramref name="target"/>; creates the roles first, as the portal's RoleSeeder would.</summary>
    public async Task GrowToAsync(int target)
    {
        await using var connection = await database.OpenBulkConnectionAsync();
        await using var db = BenchDatabase.NewContext(connection);
        if (!await db.Roles.AnyAsync())
        {
            db.Roles.AddRange(Roles.All.Select(r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant() }));
            await db.SaveChangesAsync();
        }

        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        var organisations = await db.Organisations.Select(o => o.Id).ToListAsync();
        _hash ??= new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Password);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        while (Count < target)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var i = 0; i < 2_000 && Count < target; i++)
            {
                var number = ++Count;
                var email = Email(number);
                var user = new ApplicationUser
                {
                    UserName = email,
                    NormalizedUserName = email.ToUpperInvariant(),
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                    PasswordHash = _hash,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    LockoutEnabled = true,
                    DisplayName = string.Create(CultureInfo.InvariantCulture, $"{Vocabulary.FirstNames[number % Vocabulary.FirstNames.Length]} {Vocabulary.LastNames[number / Vocabulary.FirstNames.Length % Vocabulary.LastNames.Length]} {number}"),
                    OrganisationId = organisations.Count > 0 && number % 3 != 0 ? organisations[number % organisations.Count] : null,
                    Country = Countries[number % Countries.Length],
                    RegisteredAt = new DateTimeOffset(2018, 1, 1, 9, 0, 0, TimeSpan.Zero).AddHours(number % 70_000),
                };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[Roles.Stakeholders[number % Roles.Stakeholders.Count]] });
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Ids of the first <paramref name="count"/> accounts, for seats in past consultations.</summary>
    public async Task<List<string>> IdsAsync(int count)
    {
        await using var db = database.NewContext();
        return await db.Users.Where(u => u.Email!.EndsWith("@" + Domain)).OrderBy(u => u.Email).Take(count).Select(u => u.Id).ToListAsync();
    }
}
