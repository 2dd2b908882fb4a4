using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Mail;

namespace ReSoma.Web.Features.Account;

/// <summary>Joining and signing in: register, confirm the email, log in and out, reset a forgotten password.</summary>
[Route("account")]
[AllowAnonymous]
public sealed class AccountController(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    RegisterStakeholder register,
    AccountEmails emails,
    IOptions<MailOptions> mailOptions) : Controller
{
    private bool ShowLinks => mailOptions.Value.ShowLinksOnScreen;

    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterInput());

    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterInput input, CancellationToken cancellationToken)
    {
        var result = await register.RunAsync(input, cancellationToken);
        if (result.User is null)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError("", e));
            return View(input);
        }

        var mailed = await emails.SendConfirmationAsync(result.User, cancellationToken);
        return View("EmailSent", new EmailSentPage("Check your inbox",
            mailed.Sent
                ? $"We have sent a confirmation link to {result.User.Email}. Open it to activate your account, then log in."
                : $"Your account is created, but the confirmation email to {result.User.Email} could not be sent just now. Ask for a new link in a few minutes.",
            ShowLinks ? mailed.Link : null, "Confirm my email address"));
    }

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        var confirmed = user is not null && code is not null
            && (await users.ConfirmEmailAsync(user, AccountEmails.Decode(code))).Succeeded;
        if (!confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(confirmed);
    }

    [HttpGet("resend-confirmation")]
    public IActionResult ResendConfirmation() => View(new EmailInput());

    [HttpPost("resend-confirmation")]
    public async Task<IActionResult> ResendConfirmation(EmailInput input, CancellationToken cancellationToken)
    {
        // The same answer whether or not the address has an account, so the form reveals nobody's membership.
        var user = await users.FindByEmailAsync(input.Email);
        string? link = null;
        if (user is not null && !user.EmailConfirmed)
        {
            link = (await emails.SendConfirmationAsync(user, cancellationToken)).Link;
        }

        return View("EmailSent", new EmailSentPage("Check your inbox",
            $"If {input.Email} belongs to an account that still needs confirming, a new confirmation link is on its way.",
            ShowLinks ? link : null, "Confirm my email address"));
    }

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginInput input)
    {
        var user = await users.FindByEmailAsync(input.Email);
        if (user is not null && !user.EmailConfirmed && await users.CheckPasswordAsync(user, input.Password))
        {
            ModelState.AddModelError("", "Your email address is not confirmed yet. Open the link we emailed you, or ask for a new one below.");
            return View(input);
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, input.Password, input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl : "/account");
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? "This account is locked for a while after too many failed attempts. Try again later, or reset your password."
            : "The email address or password is not right.");
        return View(input);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new EmailInput());

    [HttpPost("forgot-password")]
    public async Task<IActionResult> ForgotPassword(EmailInput input, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(input.Email);
        string? link = null;
        if (user is not null && user.EmailConfirmed)
        {
            link = (await emails.SendPasswordResetAsync(user, cancellationToken)).Link;
        }

        return View("EmailSent", new EmailSentPage("Check your inbox",
            $"If {input.Email} belongs to a confirmed account, we have sent it a link to choose a new password.",
            ShowLinks ? link : null, "Choose a new password"));
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? code) =>
        userId is null || code is null ? BadRequest() : View(new ResetPasswordInput { UserId = userId, Code = code });

    [HttpPost("reset-password")]
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
                    ? "This reset link is no longer valid. Ask for a new one."
                    : error.Description);
            }

            return View(input);
        }

        // A reset also lifts a lockout: the person has just proven they own the address.
        await users.SetLockoutEndDateAsync(user!, null);
        await users.ResetAccessFailedCountAsync(user!);
        return View("PasswordChanged");
    }
}
