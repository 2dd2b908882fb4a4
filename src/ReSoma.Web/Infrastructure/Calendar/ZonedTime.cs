using System.Globalization;
using Humanizer;

namespace ReSoma.Web.Infrastructure.Calendar;

/// <summary>Times stored in UTC, shown in the time zone of the place they happen, and said in words; and the wall-clock
/// times editors type in that zone, turned into UTC (consultations and events share these).</summary>
public static class ZonedTime
{
    public static bool IsKnownZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The zones back-office forms offer in their list; any other IANA zone can be typed.</summary>
    public static IReadOnlyList<string> CommonZones { get; } =
    [
        "Europe/Brussels", "Europe/Amsterdam", "Europe/Athens", "Europe/Berlin", "Europe/Bucharest", "Europe/Budapest",
        "Europe/Copenhagen", "Europe/Dublin", "Europe/Helsinki", "Europe/Lisbon", "Europe/London", "Europe/Madrid",
        "Europe/Paris", "Europe/Prague", "Europe/Rome", "Europe/Sofia", "Europe/Stockholm", "Europe/Vienna",
        "Europe/Warsaw", "Europe/Istanbul", "UTC",
    ];

    /// <summary>The IANA id of a known zone (a Windows id such as "W. Europe Standard Time" is translated), else null.</summary>
    public static string? IanaIdOf(string? id)
    {
        var trimmed = id?.Trim();
        if (!IsKnownZone(trimmed))
        {
            return null;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(trimmed!);
        if (zone.HasIanaId)
        {
            return zone.Id;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
    }

    /// <summary>The UTC instant of a wall-clock time typed in <paramref name="zoneId"/>; null for a time the clocks skip
    /// (the hour lost when summer time starts), which nothing can start at.</summary>
    public static DateTimeOffset? ToUtc(DateTime local, string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wallClock))
        {
            return null;
        }

        // An ambiguous time (the hour repeated in autumn) is taken as standard time, as TimeZoneInfo does.
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(wallClock, zone), TimeSpan.Zero);
    }

    /// <summary>The wall-clock time of a stored instant, for a form's <c>datetime-local</c> inputs.</summary>
    public static DateTime ToLocal(DateTimeOffset utc, string zoneId) =>
        DateTime.SpecifyKind(In(utc, zoneId).DateTime, DateTimeKind.Unspecified);

    public static DateTimeOffset In(DateTimeOffset utc, string zoneId) =>
        IsKnownZone(zoneId) ? TimeZoneInfo.ConvertTime(utc, TimeZoneInfo.FindSystemTimeZoneById(zoneId)) : utc;

    /// <summary>"Tue 5 March 2019, 14:00 (Europe/Brussels)".</summary>
    public static string Format(DateTimeOffset utc, string zoneId) =>
        In(utc, zoneId).ToString("ddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({zoneId})";

    /// <summary>"14:00–17:30" on one day, or both full dates.</summary>
    public static string Range(DateTimeOffset startUtc, DateTimeOffset endUtc, string zoneId)
    {
        var start = In(startUtc, zoneId);
        var end = In(endUtc, zoneId);
        return start.Date == end.Date
            ? start.ToString("ddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + "–" + end.ToString("HH:mm", CultureInfo.InvariantCulture) + $" ({zoneId})"
            : Format(startUtc, zoneId) + " – " + Format(endUtc, zoneId);
    }

    /// <summary>"in 2 days", "in 3 hours", "2 days ago": a distance in time as a person says it.</summary>
    public static string Relative(DateTimeOffset when, DateTimeOffset now)
    {
        var span = when - now;
        var words = span.Duration().Humanize(precision: 1, culture: CultureInfo.InvariantCulture, minUnit: TimeUnit.Minute);
        return span >= TimeSpan.Zero ? "in " + words : words + " ago";
    }
}
