using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Findability;

/// <summary>A feed or harvesting endpoint the portal offers, for the /feeds page.</summary>
public sealed record SiteFeed(string Id, string Title, string Format, string Explanation, string Path);

/// <summary>Every feed of the portal, in one list: the /feeds page shows it, and its test opens each address.</summary>
public static class SiteFeeds
{
    public const string Atom = "Atom";
    public const string ICalendar = "iCalendar";
    public const string OaiPmh = "OAI-PMH";

    /// <summary>The feeds, with their titles and explanations in the visitor's language.</summary>
    public static IReadOnlyList<SiteFeed> For(IStringLocalizer localizer) =>
    [
        new("briefs", localizer["New policy briefs"], Atom, localizer["Every policy brief as it is published, in all three areas."], "/briefs/feed"),
        .. AreaNames.All.Select(area => new SiteFeed(
            "briefs-" + area.Slug(), localizer["New policy briefs on {0}", AreaName(localizer, area)], Atom,
            localizer["Only the briefs of the {0} area.", AreaName(localizer, area)], "/briefs/feed?area=" + area.Slug())),
        new("interviews", localizer["Monthly expert interviews"], Atom, localizer["Each month's interview with an expert, as it goes public."], "/interviews/feed"),
        new("news", localizer["News"], Atom, localizer["News from ReSOMA: conferences, new cycles, calls for contributions."], "/news/feed"),
        new("calendar", localizer["Calendar of everything you can attend"], ICalendar,
            localizer["Events and consultations together; a cancelled consultation stays in it, marked cancelled, so your calendar drops it. Each topic's page offers a calendar of that topic alone."],
            "/calendar.ics"),
        new("events", localizer["Events calendar"], ICalendar,
            localizer["Conferences, workshops and webinars. Subscribe from Outlook, Google Calendar or Apple Calendar and the dates stay up to date."],
            "/events/calendar.ics"),
        new("consultations", localizer["Consultations calendar"], ICalendar,
            localizer["Surveys, feedback meetings, video interviews and calls for written contributions, with their dates."],
            "/consultations/calendar.ics"),
        new("oai", localizer["OAI-PMH for repositories and harvesters"], OaiPmh,
            localizer["Policy briefs with Dublin Core metadata for library catalogues and research repositories (OAI-PMH 2.0). This address answers Identify; harvesters take it from there."],
            "/oai?verb=Identify"),
    ];

    private static string AreaName(IStringLocalizer localizer, Area area) => localizer[area.DisplayName()].Value.ToLower(System.Globalization.CultureInfo.CurrentCulture);
}
