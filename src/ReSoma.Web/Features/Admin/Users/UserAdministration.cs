using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Audit;
using ReSoma.Web.Infrastructure.Security;

namespace ReSoma.Web.Features.Admin.Users;

public sealed class EditUserInput
{
    public string Id { get; set; } = "";

    /// <summary>Identity's concurrency stamp as it was when the form was shown: a stale form is refused.</summary>
    public string ConcurrencyStamp { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}

public sealed record EditUserPage(EditUserInput Input, string Email, string DisplayName, string? Organisation, string? Country, bool EmailConfirmed, bool LockedOut, DateTimeOffset RegisteredAt, bool IsSelf);

/// <summary>
/// What admins do to accounts: set roles, lock, unlock, confirm and delete — with guards for the last admin. A role
/// change, a lock and a deletion end the person's open sessions (a new security stamp), and each is in the audit log.
/// </summary>
public sealed class UserAdministration(UserManager<ApplicationUser> users, AccountRemoval removal, AuditTrail audit, TimeProvider clock, ILogger<UserAdministration> logger, IStringLocalizer<UserAdministration> localizer)
{
    public async Task<EditUserPage?> LoadAsync(string id, string currentUserId)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        var organisation = await users.Users.Where(u => u.Id == id).Select(u => u.Organisation == null ? null : u.Organisation.Name).FirstOrDefaultAsync();
        var roles = await users.GetRolesAsync(user);
        return new EditUserPage(
            new EditUserInput { Id = user.Id, ConcurrencyStamp = user.ConcurrencyStamp ?? "", Roles = [.. roles] },
            user.Email ?? "", user.DisplayName, organisation, user.Country, user.EmailConfirmed, user.LockoutEnd > clock.GetUtcNow(), user.RegisteredAt, user.Id == currentUserId);
    }

    /// <returns>An error message, or null when the roles were saved.</returns>
    public async Task<string?> SetRolesAsync(EditUserInput input, string currentUserId)
    {
        var user = await users.FindByIdAsync(input.Id);
        if (user is null)
        {
            return localizer["This account no longer exists."];
        }

        if (user.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            return localizer["Someone changed this account since you opened it. Its current roles are shown below; make your change again."];
        }

        var wanted = input.Roles.Where(r => Roles.All.Contains(r)).Distinct().ToList();
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin))
        {
            if (user.Id == currentUserId)
            {
                return localizer["You cannot take the Admin role from yourself; ask another administrator."];
            }

            if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1)
            {
                return localizer["This is the only administrator; make someone else an administrator first."];
            }
        }

        var toRemove = current.Except(wanted).ToList();
        var toAdd = wanted.Except(current).ToList();
        if (toRemove.Count == 0 && toAdd.Count == 0)
        {
            return null;
        }

        var removed = await users.RemoveFromRolesAsync(user, toRemove);
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, toAdd) : removed;
        if (!added.Succeeded)
        {
            return string.Join(" ", added.Errors.Select(e => e.Description));
        }

        // Sessions carry their roles: end them so nobody keeps a role they lost (or waits to get a new one).
        await users.UpdateSecurityStampAsync(user);
        var details = $"added: {Names(toAdd)}; removed: {Names(toRemove)}";
        SecurityEvents.RolesChanged(logger, currentUserId, user.Id, Names(toAdd), Names(toRemove));
        await audit.SaveAsync(AuditAction.RolesChanged, "account", "Roles changed", subjectUserId: user.Id, details: details);
        return null;
    }

    public async Task<string?> SetLockedAsync(string id, bool locked, string currentUserId)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return localizer["This account no longer exists."];
        }

        if (locked && user.Id == currentUserId)
        {
            return localizer["You cannot lock your own account."];
        }

        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, locked ? ApplicationUser.LockedByAdministrator : null);
        if (!result.Succeeded)
        {
            return string.Join(" ", result.Errors.Select(e => e.Description));
        }

        if (locked)
        {
            // A locked account is out now, not when its cookie expires.
            await users.UpdateSecurityStampAsync(user);
        }
        else
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        var action = locked ? AuditAction.AccountLocked : AuditAction.AccountUnlocked;
        SecurityEvents.AccountAction(logger, action.ToString(), user.Id, currentUserId);
        await audit.SaveAsync(action, "account", locked ? "Account locked" : "Account unlocked", subjectUserId: user.Id);
        return null;
    }

    public async Task<string?> ConfirmEmailAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return localizer["This account no longer exists."];
        }

        user.EmailConfirmed = true;
        audit.Record(AuditAction.EmailConfirmedByAdmin, "account", "Email address confirmed by an administrator", subjectUserId: user.Id);
        var result = await users.UpdateAsync(user);
        return result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));
    }

    public async Task<string?> DeleteAsync(string id, string currentUserId)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return localizer["This account no longer exists."];
        }

        if (user.Id == currentUserId)
        {
            return localizer["Delete your own account from your account page, not here."];
        }

        SecurityEvents.AccountAction(logger, AuditAction.AccountDeleted.ToString(), user.Id, currentUserId);
        return await removal.RemoveAsync(user, "by an administrator");
    }

    private static string Names(IReadOnlyCollection<string> roles) => roles.Count == 0 ? "none" : string.Join(", ", roles);
}
