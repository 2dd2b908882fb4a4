using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Registrations;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Events;

[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.Events, CacheTags.Cycles])]
[Route("events")]
public sealed class EventsController(
    EventListQuery list,
    EventMonthQuery months,
    EventPageQuery pages,
    Registrables registrables,
    Registrar registrations,
    CalendarExport calendars,
    SiteAddress site) : Controller
{
    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private IReadOnlyCollection<string> StakeholderRoles => Roles.Stakeholders.Where(User.IsInRole).ToList();

    [HttpGet("")]
    public async Task<IActionResult> Index(string? kind, string? view, string? month, CancellationToken cancellationToken)
    {
        var (showCalendar, notice) = EventsView.Choose(view, month);
        return showCalendar
            ? View("Calendar", await months.RunAsync(kind, month, cancellationToken))
            : View(await list.RunAsync(kind, notice is null ? [] : [notice], cancellationToken));
    }

    /// <summary>The feed of events only, which calendar apps subscribe to (<c>/calendar.ics</c> adds the consultations).
    /// A literal segment outranks <c>{slug}</c>, and no slug has a dot.</summary>
    [HttpGet("calendar.ics")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken) =>
        Content(await calendars.EventsAsync(site.Root, cancellationToken), CalendarExport.ContentType, Encoding.UTF8);

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken) =>
        await pages.RunAsync(slug, UserId, StakeholderRoles, cancellationToken: cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("{slug}/ics")]
    public async Task<IActionResult> Ics(string slug, CancellationToken cancellationToken)
    {
        var ics = await calendars.EventFileAsync(slug, site.Root, cancellationToken);
        return ics is null ? NotFound() : File(Encoding.UTF8.GetBytes(ics), CalendarExport.ContentType, $"resoma-{slug}.ics");
    }

    [HttpPost("{slug}/register")]
    [EnableRateLimiting(RateLimitPolicies.SeatRegistration)]
    [LimitPerAccount(RateLimitPolicies.SeatRegistration)]
    [Authorize]
    [HandlesInvalidInput]
    public async Task<IActionResult> Register(string slug, RegistrationInput input, CancellationToken cancellationToken)
    {
        if (await registrables.EventAsync(slug, cancellationToken) is not { IsPublished: true } item)
        {
            // An event without registration has a page, but nothing to register for.
            return await pages.RunAsync(slug, UserId, StakeholderRoles, cancellationToken: cancellationToken) is null
                ? NotFound()
                : await ShowWithErrorAsync(slug, null, "This event takes no registrations: everyone is welcome without one.", StatusCodes.Status409Conflict, cancellationToken);
        }

        var outcome = ModelState.IsValid ? await registrations.RegisterAsync(item, UserId!, StakeholderRoles, input, cancellationToken) : null;
        if (outcome is { Succeeded: true })
        {
            return RedirectToAction(nameof(Details), new { slug, done = outcome.Result!.Status == SeatStatus.Confirmed ? "confirmed" : "waitlisted" });
        }

        if (outcome is not null)
        {
            RegistrationErrors.AddTo(ModelState, outcome);
        }

        return await ShowWithErrorAsync(slug, input, null, outcome?.Refusal is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict, cancellationToken);
    }

    // Any signed-in person may give their seat back, even one whose role has changed since they registered.
    [HttpPost("{slug}/cancel")]
    [Authorize]
    public async Task<IActionResult> Cancel(string slug, string? returnTo, CancellationToken cancellationToken)
    {
        if (await registrables.EventAsync(slug, cancellationToken) is not { IsPublished: true } item)
        {
            return await pages.RunAsync(slug, UserId, StakeholderRoles, cancellationToken: cancellationToken) is null
                ? NotFound()
                : await ShowWithErrorAsync(slug, null, "This event takes no registrations, so there is nothing to cancel.", StatusCodes.Status409Conflict, cancellationToken);
        }

        if (await registrations.CancelAsync(item, UserId!, cancellationToken) is { } refusal)
        {
            return await ShowWithErrorAsync(slug, null, refusal, StatusCodes.Status409Conflict, cancellationToken);
        }

        return returnTo == "mine" ? Redirect("/account/registrations?done=cancelled") : RedirectToAction(nameof(Details), new { slug, done = "cancelled" });
    }

    private async Task<IActionResult> ShowWithErrorAsync(string slug, RegistrationInput? input, string? error, int status, CancellationToken cancellationToken)
    {
        var page = await pages.RunAsync(slug, UserId, StakeholderRoles, input, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        if (error is not null)
        {
            ModelState.AddModelError("", error);
        }

        var view = View(nameof(Details), page);
        view.StatusCode = status;
        return view;
    }
}
