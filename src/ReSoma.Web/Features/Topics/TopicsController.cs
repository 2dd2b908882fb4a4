using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Topics;

[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.AnyContent])]
[Route("topics")]
public sealed class TopicsController(TopicListQuery list, TopicDetailsQuery details, TopicCalendarQuery calendars, SiteAddress site) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? year, string? area, CancellationToken cancellationToken) =>
        View(await list.RunAsync(year, area, cancellationToken));

    /// <summary>A later cycle's address of a carried-over topic is permanent too: it leads to the topic's one page.</summary>
    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken) =>
        await details.RunAsync(slug, cancellationToken) switch
        {
            TopicDetailsQuery.Found found => View(found.Topic),
            TopicDetailsQuery.MovedTo moved => RedirectPermanent("/topics/" + Uri.EscapeDataString(moved.Slug)),
            _ => NotFound(),
        };

    /// <summary>The topic's calendar feed: its consultations and the events linked to it. Like the page, a later
    /// cycle's address leads to the first entry's.</summary>
    [HttpGet("{slug}/calendar.ics")]
    public async Task<IActionResult> Calendar(string slug, CancellationToken cancellationToken) =>
        await calendars.RunAsync(slug, site.Root, cancellationToken) switch
        {
            TopicCalendarQuery.Found found => Content(found.Ics, CalendarExport.ContentType, Encoding.UTF8),
            TopicCalendarQuery.MovedTo moved => RedirectPermanent($"/topics/{Uri.EscapeDataString(moved.Slug)}/calendar.ics"),
            _ => NotFound(),
        };
}
