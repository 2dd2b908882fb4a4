using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Account;

/// <summary>Signing in and out, and choosing a new password through a mailed link.</summary>
[Route("account")]
[AllowAnonymous]
public sealed class SignInController(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    PasswordSignIn passwordSignIn,
    AccountEmails emails,
    IOptions<MailOptions> mailOptions,
    IStringLocalizer<SignInController> localizer) : Controller
{
    /// <summary>One message for every refusal, so it never tells whether the address has an account.</summary>
    public const string RefusedMessage = "We could not log you in with this email address and password. After several failed attempts an account is paused for a while; choosing a new password ends the pause.";

    private bool ShowLinks => mailOptions.Value.ShowLinksOnScreen;

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> Login(LoginInput input, CancellationToken cancellationToken)
    {
        switch (await passwordSignIn.RunAsync(input, RateLimitingSetup.ClientAddress(HttpContext), cancellationToken))
        {
            case PasswordSignIn.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl : "/account");
            case PasswordSignIn.TooMany tooMany:
                RateLimitingSetup.Refuse(HttpContext, tooMany.RetryAfter, tooMany.Limit);
                return StatusCode(StatusCodes.Status429TooManyRequests);
            case PasswordSignIn.NotConfirmed:
                ModelState.AddModelError("", localizer["Your email address is not confirmed yet. Open the link we emailed you, or ask for a new one below."]);
                return View(input);
            default:
                ModelState.AddModelError("", localizer[RefusedMessage]);
                return View(input);
        }
    }

    /// <summary>Logging out ends every session of the account, a copied cookie included (the stamp changes).</summary>
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new EmailInput());

    [HttpPost("forgot-password")]
    [EnableRateLimiting(RateLimitPolicies.AccountMail)]
    [LimitPerAccount(RateLimitPolicies.AccountMail)]
    public async Task<IActionResult> ForgotPassword(EmailInput input, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(input.Email);
        string? link = null;
        if (user is not null && user.EmailConfirmed)
        {
            link = (await emails.SendPasswordResetAsync(user, cancellationToken)).Link;
        }

        return View("EmailSent", new EmailSentPage(localizer["Check your inbox"],
            localizer["If {0} belongs to a confirmed account, we have sent it a link to choose a new password.", input.Email],
            ShowLinks ? link : null, localizer["Choose a new password"]));
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? code) =>
        userId is null || code is null ? BadRequest() : View(new ResetPasswordInput { UserId = userId, Code = code });

    [HttpPost("reset-password")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> ResetPassword(ResetPasswordInput input)
    {
        var user = await users.FindByIdAsync(input.UserId);
        var result = user is null
            ? IdentityResult.Failed(new IdentityErrorDescriber().InvalidToken())
            : await users.ResetPasswordAsync(user, AccountEmails.Decode(input.Code), input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Code == nameof(IdentityErrorDescriber.InvalidToken)
                    ? localizer["This reset link is no longer valid. Ask for a new one."]
                    : error.Description);
            }

            return View(input);
        }

        // The person has just proven they read the account's mail: that lifts a pause after failed sign-ins and
        // signs them in here, so no stranger's flood of guesses can keep the owner out. (The new security stamp the
        // reset set ends every other session; a lock by an administrator stays.)
        var signedIn = false;
        if (!user!.IsLockedByAdministrator)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            if (user.EmailConfirmed)
            {
                await signIn.SignInAsync(user, isPersistent: false);
                signedIn = true;
            }
        }

        return View("PasswordChanged", signedIn);
    }
}
