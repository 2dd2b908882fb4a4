using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Events;

[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.Events, CacheTags.Cycles])]
[Route("events")]
public sealed class EventsController(
    EventListQuery list,
    EventMonthQuery months,
    EventPageQuery pages,
    EventRegistrations registrations,
    CalendarExport calendars,
    SiteAddress site) : Controller
{
    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private bool IsStakeholder => Roles.Stakeholders.Any(User.IsInRole);

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
        await pages.RunAsync(slug, UserId, IsStakeholder, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("{slug}/ics")]
    public async Task<IActionResult> Ics(string slug, CancellationToken cancellationToken)
    {
        var ics = await calendars.EventFileAsync(slug, site.Root, cancellationToken);
        return ics is null ? NotFound() : File(Encoding.UTF8.GetBytes(ics), CalendarExport.ContentType, $"resoma-{slug}.ics");
    }

    [HttpPost("{slug}/register")]
    [EnableRateLimiting(RateLimitPolicies.SeatRegistration)]
    [LimitPerAccount(RateLimitPolicies.SeatRegistration)]
    [Authorize(Policy = Policies.Stakeholder)]
    public async Task<IActionResult> Register(string slug, CancellationToken cancellationToken)
    {
        var outcome = await registrations.RegisterAsync(slug, UserId!, cancellationToken);
        if (!outcome.Found)
        {
            return NotFound();
        }

        return outcome.Refusal is not null
            ? await ShowWithErrorAsync(slug, outcome.Refusal, cancellationToken)
            : RedirectToAction(nameof(Details), new { slug, done = outcome.Result!.Status == SeatStatus.Confirmed ? "confirmed" : "waitlisted" });
    }

    // Any signed-in person may give their seat back, even one whose role has changed since they registered.
    [HttpPost("{slug}/cancel")]
    [Authorize]
    public async Task<IActionResult> Cancel(string slug, CancellationToken cancellationToken)
    {
        var (found, refusal) = await registrations.CancelAsync(slug, UserId!, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        return refusal is not null
            ? await ShowWithErrorAsync(slug, refusal, cancellationToken)
            : RedirectToAction(nameof(Details), new { slug, done = "cancelled" });
    }

    private async Task<IActionResult> ShowWithErrorAsync(string slug, string error, CancellationToken cancellationToken)
    {
        var page = await pages.RunAsync(slug, UserId, IsStakeholder, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        ModelState.AddModelError("", error);
        var view = View(nameof(Details), page);
        view.StatusCode = StatusCodes.Status409Conflict;
        return view;
    }
}
