using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Registrations;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Events;

[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.Events, CacheTags.Briefs, CacheTags.Cycles])]
[Route("events")]
public sealed class EventsController(
    EventListQuery list,
    EventMonthQuery months,
    EventPageQuery pages,
    Registrables registrables,
    Registrar registrations,
    CalendarExport calendars,
    SiteAddress site,
    IStringLocalizer<EventsController> localizer) : RegisteringController(registrations)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? kind, string? view, string? month, CancellationToken cancellationToken)
    {
        var (showCalendar, notice) = EventsView.Choose(view, month, localizer);
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

    protected override string NounOfPage => "event";

    protected override Task<Registrable?> FindRegistrableAsync(string slug, CancellationToken cancellationToken) =>
        registrables.EventAsync(slug, cancellationToken);

    protected override async Task<ViewResult?> PageAsync(string slug, RegistrationInput? input, CancellationToken cancellationToken) =>
        await pages.RunAsync(slug, UserId, StakeholderRoles, input, cancellationToken) is { } page ? View(nameof(Details), page) : null;
}
