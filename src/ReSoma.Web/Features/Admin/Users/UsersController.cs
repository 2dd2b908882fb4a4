using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Admin.Users;

[Route("admin/users")]
[Authorize(Policy = Policies.Admin)]
public sealed class UsersController(UserListQuery list, UserAdministration admin, UserManager<ApplicationUser> users, IStringLocalizer<UsersController> localizer) : Controller
{
    private string CurrentUserId => users.GetUserId(User)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? role, int page = 1, CancellationToken cancellationToken = default) =>
        View(await list.RunAsync(q, role, page, cancellationToken));

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id) =>
        await admin.LoadAsync(id, CurrentUserId) is { } page ? View(page) : NotFound();

    [HttpPost("{id}/roles")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Roles(string id, EditUserInput input) =>
        await Outcome(id, input.Id == id ? await admin.SetRolesAsync(input, CurrentUserId) : localizer["The form does not match this account."], "roles");

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id) => await Outcome(id, await admin.SetLockedAsync(id, locked: true, CurrentUserId), "locked");

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id) => await Outcome(id, await admin.SetLockedAsync(id, locked: false, CurrentUserId), "unlocked");

    [HttpPost("{id}/confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string id) => await Outcome(id, await admin.ConfirmEmailAsync(id), "confirmed");

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        var error = await admin.DeleteAsync(id, CurrentUserId);
        return error is null ? RedirectToAction(nameof(Index)) : await Outcome(id, error, "");
    }

    // Success: back to the account with a notice (post-redirect-get). Failure: the account page with the reason, 409.
    private async Task<IActionResult> Outcome(string id, string? error, string doneCode)
    {
        if (error is null)
        {
            return RedirectToAction(nameof(Edit), new { id, done = doneCode });
        }

        if (await admin.LoadAsync(id, CurrentUserId) is not { } page)
        {
            return NotFound();
        }

        ModelState.AddModelError("", error);
        var view = View(nameof(Edit), page);
        view.StatusCode = StatusCodes.Status409Conflict;
        return view;
    }
}
