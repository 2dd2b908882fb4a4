using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Audit;
using ReSoma.Web.Infrastructure.Mail;

namespace ReSoma.Web.Features.Shared;

/// <summary>
/// Removing an account, the same way whoever asks (the person, or an admin): every feature's
/// <see cref="IAccountDeletionStep"/> first (seats handed to the waitlist, names taken off what the person wrote), then
/// the account, what cascades from it, and the mail queued to its address. The last administrator cannot be removed.
/// </summary>
public sealed class AccountRemoval(
    UserManager<ApplicationUser> users, IEnumerable<IAccountDeletionStep> steps, AuditTrail audit, MailQueue mails, IStringLocalizer<AccountRemoval> localizer)
{
    /// <returns>Why the account cannot be removed, or null when it was.</returns>
    public async Task<string?> RemoveAsync(ApplicationUser user, string details, CancellationToken cancellationToken = default)
    {
        if (await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1)
        {
            return localizer["This is the only administrator. Make someone else an administrator first."];
        }

        foreach (var step in steps)
        {
            await step.BeforeDeleteAsync(user.Id, cancellationToken);
        }

        // Last, after the steps: one of them may still have queued a mail to the person.
        if (user.Email is { } address)
        {
            await mails.ForgetAsync(address, cancellationToken);
        }

        audit.Record(AuditAction.AccountDeleted, "account", "Account deleted", subjectUserId: user.Id, details: details);
        var result = await users.DeleteAsync(user);
        return result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));
    }
}
