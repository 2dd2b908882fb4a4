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

    public static IReadOnlyList<SiteFeed> All { get; } =
    [
        new("briefs", "New policy briefs", Atom, "Every policy brief as it is published, in all three areas.", "/briefs/feed"),
        .. AreaNames.All.Select(area => new SiteFeed(
            "briefs-" + area.Slug(), $"New policy briefs on {area.DisplayName().ToLowerInvariant()}", Atom,
            $"Only the briefs of the {area.DisplayName().ToLowerInvariant()} area.", "/briefs/feed?area=" + area.Slug())),
        new("interviews", "Monthly expert interviews", Atom, "Each month's interview with an expert, as it goes public.", "/interviews/feed"),
        new("news", "News", Atom, "News from ReSOMA: conferences, new cycles, calls for contributions.", "/news/feed"),
        new("calendar", "Calendar of everything you can attend", ICalendar,
            "Events and consultations together; a cancelled consultation stays in it, marked cancelled, so your calendar drops it. Each topic's page offers a calendar of that topic alone.",
            "/calendar.ics"),
        new("events", "Events calendar", ICalendar,
            "Conferences, workshops and webinars. Subscribe from Outlook, Google Calendar or Apple Calendar and the dates stay up to date.",
            "/events/calendar.ics"),
        new("consultations", "Consultations calendar", ICalendar,
            "Surveys, feedback meetings, video interviews and calls for written contributions, with their dates.",
            "/consultations/calendar.ics"),
        new("oai", "OAI-PMH for repositories and harvesters", OaiPmh,
            "Policy briefs with Dublin Core metadata for library catalogues and research repositories (OAI-PMH 2.0). This address answers Identify; harvesters take it from there.",
            "/oai?verb=Identify"),
    ];
}
