using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Account;

/// <summary>
/// Creates a stakeholder account, its organisation if new, and its role — all or nothing. An address that already has
/// a confirmed account is left alone (its owner is told by mail); one whose account was never confirmed is registered
/// afresh, so that nobody keeps an address they cannot read (someone registering a stranger's address first).
/// </summary>
public sealed class RegisterStakeholder(
    ReSomaDbContext db,
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    OrganisationLookup organisations,
    TimeProvider clock)
{
    public abstract record Result;

    /// <summary>A new account waits for its address to be confirmed.</summary>
    public sealed record Created(ApplicationUser User) : Result;

    /// <summary>The address belongs to a confirmed account: nothing was created.</summary>
    public sealed record AlreadyMember(ApplicationUser User) : Result;

    public sealed record Invalid(IReadOnlyList<string> Errors) : Result;

    public async Task<Result> RunAsync(RegisterInput input, CancellationToken cancellationToken = default)
    {
        var existing = await users.FindByEmailAsync(input.Email.Trim());
        if (existing is { EmailConfirmed: true })
        {
            // The same work as creating an account (one password hash), so the timing does not tell either.
            hasher.HashPassword(existing, input.Password);
            return new AlreadyMember(existing);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync<Result>(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (existing is not null)
            {
                // Never confirmed, so never signed in and holding nothing: the newcomer who can read the mail replaces it.
                await users.DeleteAsync(existing);
            }

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
            var role = created.Succeeded ? await users.AddToRoleAsync(user, input.StakeholderRole) : created;
            if (!role.Succeeded)
            {
                // Nothing is kept: not the user, not an organisation added for it, not the removal of the old one.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return new Invalid(role.Errors.Select(e => e.Description).ToList());
            }

            await transaction.CommitAsync(cancellationToken);
            return new Created(user);
        });
    }
}
