using System.Globalization;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Shared;

/// <summary>
/// Times as the visitor reads them: in the time zone a signed-in person chose in their notification settings, else in
/// the zone the content gives (its own, or UTC), with dates in the page's language. The zone comes from
/// <see cref="FollowerState"/>'s one query per request, so asking costs nothing more. Times of something happening at a
/// venue stay in the venue's zone (use <see cref="Format(DateTimeOffset, string)"/> with that zone), and say so.
/// </summary>
public sealed class VisitorTime(FollowerState follower, IStringLocalizer<VisitorTime> localizer)
{
    /// <summary>The signed-in person's zone when they have chosen a known one; null otherwise.</summary>
    public async Task<string?> ZoneAsync(CancellationToken cancellationToken = default) =>
        (await follower.GetAsync(cancellationToken)).TimeZoneId is { } zone && ZonedTime.IsKnownZone(zone) ? zone : null;

    /// <summary>The zone to show times in: the person's, else <paramref name="fallbackZone"/>.</summary>
    public async Task<string> ZoneOrAsync(string fallbackZone, CancellationToken cancellationToken = default) =>
        await ZoneAsync(cancellationToken) ?? fallbackZone;

    /// <summary>The instant in the person's zone when known, else in <paramref name="fallbackZone"/> (UTC by default).</summary>
    public async Task<DateTimeOffset> LocalAsync(DateTimeOffset utc, string fallbackZone = "UTC", CancellationToken cancellationToken = default) =>
        ZonedTime.In(utc, await ZoneOrAsync(fallbackZone, cancellationToken));

    /// <summary>"Sun 6 December 2026, 14:00 (Europe/Paris)" in the page's language, in the person's zone when known.</summary>
    public async Task<string> FormatAsync(DateTimeOffset utc, string fallbackZone = "UTC", CancellationToken cancellationToken = default) =>
        Format(utc, await ZoneOrAsync(fallbackZone, cancellationToken));

    /// <summary>The instant in a given zone (a venue's), named, in the page's language.</summary>
    public static string Format(DateTimeOffset utc, string zoneId) =>
        ZonedTime.In(utc, zoneId).ToString("ddd d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture) + $" ({zoneId})";

    /// <summary>From start to end in a given zone (a venue's), named, in the page's language.</summary>
    public static string Range(DateTimeOffset startUtc, DateTimeOffset endUtc, string zoneId)
    {
        var start = ZonedTime.In(startUtc, zoneId);
        var end = ZonedTime.In(endUtc, zoneId);
        return start.Date == end.Date
            ? start.ToString("ddd d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture) + "–" + end.ToString("HH:mm", CultureInfo.CurrentCulture) + $" ({zoneId})"
            : Format(startUtc, zoneId) + " – " + Format(endUtc, zoneId);
    }

    /// <summary>The day alone ("6 December 2026") in the page's language.</summary>
    public static string Day(DateTimeOffset local) => local.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"in 3 days" or "2 hours ago" in the page's language (English exactly as <see cref="ZonedTime.Relative"/>).</summary>
    public string Relative(DateTimeOffset when, DateTimeOffset now)
    {
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en")
        {
            return ZonedTime.Relative(when, now);
        }

        var span = when - now;
        var length = span.Duration();
        var words = length.TotalDays >= 7 ? Count((int)(length.TotalDays / 7), localizer["{0} week"], localizer["{0} weeks"])
            : length.TotalDays >= 1 ? Count((int)length.TotalDays, localizer["{0} day"], localizer["{0} days"])
            : length.TotalHours >= 1 ? Count((int)length.TotalHours, localizer["{0} hour"], localizer["{0} hours"])
            : Count((int)length.TotalMinutes, localizer["{0} minute"], localizer["{0} minutes"]);
        return span >= TimeSpan.Zero ? localizer["in {0}", words] : localizer["{0} ago", words];
    }

    private static string Count(int n, string one, string many) => string.Format(CultureInfo.CurrentCulture, n <= 1 ? one : many, n);
}
