using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.CalendarFeed;

/// <summary>
/// The one calendar of everything people can attend, consultations and events, for calendar apps to subscribe to.
/// It mirrors <c>/consultations</c> and <c>/events</c>, so it is cached and evicted with them; consultations name
/// their topic, which a change of cycle or topic may rename.
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.Consultations, CacheTags.Events, CacheTags.Cycles])]
public sealed class CalendarFeedController(CalendarExport calendars, SiteAddress site) : Controller
{
    [HttpGet("/calendar.ics")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken) =>
        Content(await calendars.EverythingAsync(site.Root, cancellationToken), CalendarExport.ContentType, Encoding.UTF8);
}
