using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Account;

/// <summary>"My account": the signed-in person's profile, password, personal data and account deletion.</summary>
[Route("account")]
[Authorize]
public sealed class ProfileController(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    ProfileCommands profile,
    PersonalDataExport export,
    AccountDeletion deletion,
    TimeProvider clock) : Controller
{
    private string UserId => users.GetUserId(User)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await profile.LoadAsync(UserId, cancellationToken) is { } input ? View(input) : await SignOutAndLogin();

    [HttpPost("")]
    public async Task<IActionResult> Index(ProfileInput input, CancellationToken cancellationToken)
    {
        if (!await profile.SaveAsync(UserId, input, cancellationToken))
        {
            return await SignOutAndLogin();
        }

        return RedirectToAction(nameof(Index), new { saved = true });
    }

    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return await SignOutAndLogin();
        }

        var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "The current password is not right." : error.Description);
            }

            return View(input);
        }

        await signIn.RefreshSignInAsync(user);
        return RedirectToAction(nameof(Index), new { saved = true });
    }

    [HttpGet("personal-data")]
    public IActionResult PersonalData() => View(new DeleteAccountInput());

    [HttpGet("personal-data/download")]
    public async Task<IActionResult> Download(CancellationToken cancellationToken)
    {
        var json = await export.ToJsonAsync(UserId, cancellationToken);
        return File(json, "application/json", $"resoma-personal-data-{clock.GetUtcNow():yyyy-MM-dd}.json");
    }

    [HttpPost("personal-data")]
    public async Task<IActionResult> PersonalData(DeleteAccountInput input)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return await SignOutAndLogin();
        }

        var error = await deletion.DeleteAsync(user, input.Password);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(input.Password), error);
            return View(input);
        }

        await signIn.SignOutAsync();
        return View("AccountDeleted");
    }

    // The cookie outlived the account (deleted elsewhere): start again cleanly.
    private async Task<IActionResult> SignOutAndLogin()
    {
        await signIn.SignOutAsync();
        return Redirect("/account/login");
    }
}
