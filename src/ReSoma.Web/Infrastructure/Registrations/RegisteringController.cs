using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>
/// Registering and cancelling, written once for every public page that takes registrations. A feature's controller
/// inherits the two actions (their routes join its own prefix: <c>/consultations/{slug}/register</c>,
/// <c>/events/{slug}/cancel</c>) and says only how to find its item and how to show its page again with the errors.
/// </summary>
public abstract class RegisteringController(Registrar registrar) : Controller
{
    protected string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    protected IReadOnlyCollection<string> StakeholderRoles => Roles.Stakeholders.Where(User.IsInRole).ToList();

    /// <summary>The item with seats behind <paramref name="slug"/>, published or not; null when it takes no registrations.</summary>
    protected abstract Task<Registrable?> FindRegistrableAsync(string slug, CancellationToken cancellationToken);

    /// <summary>The item's public page with <paramref name="input"/> kept in its form, or null when this visitor may not see it.</summary>
    protected abstract Task<ViewResult?> PageAsync(string slug, RegistrationInput? input, CancellationToken cancellationToken);

    [HttpPost("{slug}/register")]
    [EnableRateLimiting(RateLimitPolicies.SeatRegistration)]
    [LimitPerAccount(RateLimitPolicies.SeatRegistration)]
    [Authorize]
    [HandlesInvalidInput]
    public async Task<IActionResult> Register(string slug, RegistrationInput input, CancellationToken cancellationToken)
    {
        var item = await FindRegistrableAsync(slug, cancellationToken);
        if (item is not { IsPublished: true })
        {
            return await NothingToRegisterForAsync(slug, item, cancelling: false, cancellationToken);
        }

        var outcome = ModelState.IsValid ? await registrar.RegisterAsync(item, UserId!, StakeholderRoles, input, cancellationToken) : null;
        if (outcome is { Succeeded: true })
        {
            return Redirect(Url.Content("~" + item.PublicPath) + "?done=" + (outcome.Result!.Status == SeatStatus.Confirmed ? "confirmed" : "waitlisted"));
        }

        if (outcome is not null)
        {
            RegistrationErrors.AddTo(ModelState, outcome);
        }

        return await PageWithErrorsAsync(slug, input, outcome?.Refusal is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict, cancellationToken);
    }

    // Any signed-in person may give their seat back, even one whose role has changed since they registered.
    [HttpPost("{slug}/cancel")]
    [Authorize]
    public async Task<IActionResult> Cancel(string slug, string? returnTo, CancellationToken cancellationToken)
    {
        var item = await FindRegistrableAsync(slug, cancellationToken);
        if (item is not { IsPublished: true })
        {
            return await NothingToRegisterForAsync(slug, item, cancelling: true, cancellationToken);
        }

        if (await registrar.CancelAsync(item, UserId!, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            return await PageWithErrorsAsync(slug, null, StatusCodes.Status409Conflict, cancellationToken);
        }

        return Redirect(Url.Content(returnTo == "mine" ? "~/account/registrations?done=cancelled" : "~" + item.PublicPath + "?done=cancelled"));
    }

    /// <summary>A page this visitor may not see is not found; a visible page without seats says why nothing happened.</summary>
    private async Task<IActionResult> NothingToRegisterForAsync(string slug, Registrable? item, bool cancelling, CancellationToken cancellationToken)
    {
        // Only an editor previewing a draft can see a page whose item is not published: say so rather than "no seats".
        var localizer = HttpContext.RequestServices.GetRequiredService<IStringLocalizer<RegisteringController>>();
        var consultation = NounOfPage == "consultation";
        ModelState.AddModelError("", (item, cancelling, consultation) switch
        {
            (not null, _, true) => localizer["This consultation is not published yet, so it takes no registrations."],
            (not null, _, false) => localizer["This event is not published yet, so it takes no registrations."],
            (null, false, true) => localizer["This consultation takes no registrations: everyone is welcome without one."],
            (null, false, false) => localizer["This event takes no registrations: everyone is welcome without one."],
            (null, true, true) => localizer["This consultation takes no registrations, so there is nothing to cancel."],
            (null, true, false) => localizer["This event takes no registrations, so there is nothing to cancel."],
        });
        return await PageWithErrorsAsync(slug, null, StatusCodes.Status409Conflict, cancellationToken);
    }

    private async Task<IActionResult> PageWithErrorsAsync(string slug, RegistrationInput? input, int status, CancellationToken cancellationToken)
    {
        if (await PageAsync(slug, input, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        view.StatusCode = status;
        return view;
    }

    /// <summary>What the page shows, in words ("consultation", "event"), for messages about an item that has no seats.</summary>
    protected abstract string NounOfPage { get; }
}
