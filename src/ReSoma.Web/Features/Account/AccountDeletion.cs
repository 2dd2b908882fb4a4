using Microsoft.AspNetCore.Identity;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Account;

/// <summary>Deletes a person's own account after they re-enter their password. The last admin cannot leave.</summary>
public sealed class AccountDeletion(UserManager<ApplicationUser> users, IEnumerable<IAccountDeletionStep> steps)
{
    public async Task<string?> DeleteAsync(ApplicationUser user, string password)
    {
        if (!await users.CheckPasswordAsync(user, password))
        {
            return "The password is not right, so the account was not deleted.";
        }

        if (await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1)
        {
            return "You are the only administrator. Make someone else an administrator before deleting your account.";
        }

        foreach (var step in steps)
        {
            await step.BeforeDeleteAsync(user.Id, CancellationToken.None);
        }

        var result = await users.DeleteAsync(user);
        return result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));
    }
}
