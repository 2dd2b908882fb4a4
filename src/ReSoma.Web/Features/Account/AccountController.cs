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

/// <summary>Joining: register, then activate the account with the mailed link and the chosen password.</summary>
[Route("account")]
[AllowAnonymous]
public sealed class AccountController(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    RegisterStakeholder register,
    AccountEmails emails,
    AccountRateLimits limits,
    IOptions<MailOptions> mailOptions,
    IStringLocalizer<AccountController> localizer) : Controller
{
    private bool ShowLinks => mailOptions.Value.ShowLinksOnScreen;

    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterInput());

    [HttpPost("register")]
    [EnableRateLimiting(RateLimitPolicies.Registration)]
    [LimitPerAccount(RateLimitPolicies.Registration)]
    public async Task<IActionResult> Register(RegisterInput input, CancellationToken cancellationToken)
    {
        MailedLink? mailed;
        switch (await register.RunAsync(input, cancellationToken))
        {
            case RegisterStakeholder.Created created:
                mailed = await emails.SendConfirmationAsync(created.User, cancellationToken);
                break;
            case RegisterStakeholder.AlreadyMember member:
                mailed = new MailedLink(null, await emails.SendExistingAccountNoticeAsync(member.User, cancellationToken));
                break;
            case RegisterStakeholder.Invalid invalid:
                invalid.Errors.ToList().ForEach(e => ModelState.AddModelError("", e));
                return View(input);
            default:
                throw new InvalidOperationException("Unknown registration result.");
        }

        // One answer whether or not the address already had an account: only its owner's inbox tells.
        var email = input.Email.Trim();
        return View("EmailSent", new EmailSentPage(localizer["Check your inbox"],
            mailed.Sent
                ? localizer["We have sent a message to {0}. Open it to continue: a new account is activated with the link it contains.", email]
                : localizer["The email to {0} could not be sent just now. Ask for a new confirmation link in a few minutes.", email],
            ShowLinks ? mailed.Link : null, localizer["Confirm my email address"]));
    }

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || code is null || !await IsConfirmationCodeAsync(user, code))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("ConfirmEmailInvalid");
        }

        return View(new ConfirmEmailInput { UserId = user.Id, Code = code });
    }

    [HttpPost("confirm-email")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    [LimitPerAccount(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> ConfirmEmail(ConfirmEmailInput input)
    {
        var address = RateLimitingSetup.ClientAddress(HttpContext);
        if (await limits.SignInFailuresExhaustedAsync(address) is { } wait)
        {
            RateLimitingSetup.Refuse(HttpContext, wait, RateLimitPolicies.SignIn);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var user = await users.FindByIdAsync(input.UserId);
        if (user is null || !await IsConfirmationCodeAsync(user, input.Code))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("ConfirmEmailInvalid");
        }

        if (!await users.CheckPasswordAsync(user, input.Password))
        {
            await limits.RecordSignInFailureAsync(address);
            ModelState.AddModelError(nameof(input.Password), localizer["This is not the password chosen for this account. If you did not register yourself, ignore the email: without its password the account is never activated."]);
            return View(input);
        }

        var confirmed = await users.ConfirmEmailAsync(user, AccountEmails.Decode(input.Code));
        if (!confirmed.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("ConfirmEmailInvalid");
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return View("EmailConfirmed");
    }

    [HttpGet("resend-confirmation")]
    public IActionResult ResendConfirmation() => View(new EmailInput());

    [HttpPost("resend-confirmation")]
    [EnableRateLimiting(RateLimitPolicies.AccountMail)]
    [LimitPerAccount(RateLimitPolicies.AccountMail)]
    public async Task<IActionResult> ResendConfirmation(EmailInput input, CancellationToken cancellationToken)
    {
        // The same answer whether or not the address has an account, so the form reveals nobody's membership.
        var user = await users.FindByEmailAsync(input.Email);
        string? link = null;
        if (user is not null && !user.EmailConfirmed)
        {
            link = (await emails.SendConfirmationAsync(user, cancellationToken)).Link;
        }

        return View("EmailSent", new EmailSentPage(localizer["Check your inbox"],
            localizer["If {0} belongs to an account that still needs confirming, a new confirmation link is on its way.", input.Email],
            ShowLinks ? link : null, localizer["Confirm my email address"]));
    }

    // Checked without using the code up, so the form can be shown before the password is typed.
    private Task<bool> IsConfirmationCodeAsync(ApplicationUser user, string code) =>
        users.VerifyUserTokenAsync(user, users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<ApplicationUser>.ConfirmEmailTokenPurpose, AccountEmails.Decode(code));
}
