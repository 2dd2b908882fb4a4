using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Account;

/// <summary>Creates a stakeholder account, its organisation if new, and its role — all or nothing.</summary>
public sealed class RegisterStakeholder(ReSomaDbContext db, UserManager<ApplicationUser> users, OrganisationLookup organisations, TimeProvider clock)
{
    public sealed record Result(ApplicationUser? User, IReadOnlyList<string> Errors);

    public async Task<Result> RunAsync(RegisterInput input, CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var organisation = await organisations.FindOrAddAsync(input.Organisation, input.Country, cancellationToken);
            var user = new ApplicationUser
            {
                UserName = input.Email.Trim(),
                Email = input.Email.Trim(),
                DisplayName = input.DisplayName.Trim(),
                Organisation = organisation,
                Country = input.Country,
                RegisteredAt = clock.GetUtcNow(),
            };

            var created = await users.CreateAsync(user, input.Password);
            if (!created.Succeeded)
            {
                // Nothing is kept: not the user, not an organisation added for it.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return new Result(null, Describe(created));
            }

            var role = await users.AddToRoleAsync(user, input.StakeholderRole);
            if (!role.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return new Result(null, Describe(role));
            }

            await transaction.CommitAsync(cancellationToken);
            return new Result(user, []);
        });
    }

    // Identity says "Username 'x' is already taken" next to "Email 'x' is already taken": one message is enough.
    private static List<string> Describe(IdentityResult result) =>
        result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.DuplicateUserName))
            .Select(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail)
                ? "An account with this email address already exists. Log in, or reset your password if you have forgotten it."
                : e.Description)
            .ToList();
}
