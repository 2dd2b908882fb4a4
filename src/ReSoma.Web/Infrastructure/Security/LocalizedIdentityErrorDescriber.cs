using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ReSoma.Web.Infrastructure.Security;

/// <summary>
/// Identity's messages (password rules, an address already taken, a link no longer valid) in the visitor's language:
/// the English text is the key, looked up in <c>Infrastructure/Security/Text.resx</c>. The codes stay Identity's own.
/// </summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<LocalizedIdentityErrorDescriber> localizer) : IdentityErrorDescriber
{
    private static IdentityError Error(string code, LocalizedString description) => new() { Code = code, Description = description };

    public override IdentityError DefaultError() => Error(nameof(DefaultError), localizer["An unknown failure has occurred."]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), localizer["Optimistic concurrency failure, object has been modified."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), localizer["Incorrect password."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), localizer["Invalid token."]);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), localizer["Recovery code redemption failed."]);

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), localizer["A user with this login already exists."]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), localizer["Username '{0}' is invalid, can only contain letters or digits.", userName ?? ""]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), localizer["Email '{0}' is invalid.", email ?? ""]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), localizer["Username '{0}' is already taken.", userName]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), localizer["Email '{0}' is already taken.", email]);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), localizer["Role name '{0}' is invalid.", role ?? ""]);

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), localizer["Role name '{0}' is already taken.", role]);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), localizer["User already has a password set."]);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), localizer["Lockout is not enabled for this user."]);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), localizer["User already in role '{0}'.", role]);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), localizer["User is not in role '{0}'.", role]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), localizer["Passwords must be at least {0} characters.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), localizer["Passwords must use at least {0} different characters.", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), localizer["Passwords must have at least one non alphanumeric character."]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), localizer["Passwords must have at least one digit ('0'-'9')."]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), localizer["Passwords must have at least one lowercase ('a'-'z')."]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), localizer["Passwords must have at least one uppercase ('A'-'Z')."]);
}
