using Microsoft.AspNetCore.Identity;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Security;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Account;

/// <summary>
/// Signing in with a password, as a stranger must see it: the same answer, after the same work (one password hash),
/// whether the address has an account, the password is wrong or the account is paused. Failures are counted per client
/// address, so that one address is stopped before it could pause somebody else's account; only attempts that get past
/// that count against the account's own limit, so a stranger's refused flood does not use up the owner's attempts.
/// See decision 0018.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    IPasswordHasher<ApplicationUser> hasher,
    AccountRateLimits limits,
    AccountEmails emails,
    ILogger<PasswordSignIn> logger)
{
    // A hash of nothing in particular, checked when there is no real one to check, so an unknown address costs the
    // same time as a known one. Made once, with the portal's own hashing settings.
    private static string? _dummyHash;

    public abstract record Result;

    public sealed record SignedIn : Result;

    public sealed record NotConfirmed : Result;

    public sealed record Refused : Result;

    public sealed record TooMany(TimeSpan RetryAfter, string Limit) : Result;

    public async Task<Result> RunAsync(LoginInput input, string clientAddress, CancellationToken cancellationToken)
    {
        if (await limits.SignInFailuresExhaustedAsync(clientAddress) is { } wait)
        {
            return new TooMany(wait, "sign-in failures per address");
        }

        if (await limits.TryAcquireAsync(RateLimitPolicies.SignIn, input.Email) is { } accountWait)
        {
            return new TooMany(accountWait, RateLimitPolicies.SignIn + " per account");
        }

        var user = await users.FindByEmailAsync(input.Email);
        if (user is null)
        {
            CheckDummy(input.Password);
            return await FailedAsync("no such account", input.Email, clientAddress);
        }

        if (!user.EmailConfirmed)
        {
            // Only someone who knows the password learns that the account waits for confirmation.
            return await users.CheckPasswordAsync(user, input.Password) ? new NotConfirmed() : await FailedAsync("wrong password", input.Email, clientAddress);
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, input.Password, input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            SecurityEvents.SignInSucceeded(logger, user.Id);
            return new SignedIn();
        }

        if (wasLocked)
        {
            // Identity refuses a paused account before hashing; hash anyway so the pause does not show in the timing.
            CheckDummy(input.Password);
            return await FailedAsync("account paused", input.Email, clientAddress);
        }

        if (result.IsLockedOut)
        {
            SecurityEvents.LockedOut(logger, user.Id);
            await emails.SendLockoutNoticeAsync(user, cancellationToken);
        }

        return await FailedAsync("wrong password", input.Email, clientAddress);
    }

    private async Task<Result> FailedAsync(string reason, string email, string clientAddress)
    {
        await limits.RecordSignInFailureAsync(clientAddress);
        SecurityEvents.SignInFailed(logger, reason, SecurityEvents.AccountHash(email), clientAddress);
        return new Refused();
    }

    private void CheckDummy(string password)
    {
        var probe = new ApplicationUser();
        _dummyHash ??= hasher.HashPassword(probe, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(probe, _dummyHash, password);
    }
}
