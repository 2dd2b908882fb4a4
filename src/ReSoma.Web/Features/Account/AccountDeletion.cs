using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Account;

/// <summary>Deletes a person's own account after they re-enter their password.</summary>
public sealed class AccountDeletion(UserManager<ApplicationUser> users, AccountRemoval removal, IStringLocalizer<AccountDeletion> localizer)
{
    public async Task<string?> DeleteAsync(ApplicationUser user, string password, CancellationToken cancellationToken = default)
    {
        if (!await users.CheckPasswordAsync(user, password))
        {
            return localizer["The password is not right, so the account was not deleted."];
        }

        return await removal.RemoveAsync(user, "by its owner", cancellationToken);
    }
}
