namespace ReSoma.Web.Features.Shared;

/// <summary>A "Subscribe to the calendar" block (<c>_CalendarSubscribe</c>): a feed's address to copy into a calendar
/// app, and how to do it.</summary>
/// <param name="Path">The feed's site path, e.g. <c>/consultations/calendar.ics</c>.</param>
/// <param name="Title">The feed's name, as calendar apps show it.</param>
/// <param name="What">What the feed holds, to finish "Subscribe to the calendar of …".</param>
/// <param name="OffersEverything">Also offer <c>/calendar.ics</c>, events and consultations together.</param>
public sealed record CalendarSubscription(string Path, string Title, string What, bool OffersEverything = true)
{
    public const string EverythingPath = "/calendar.ics";
}
