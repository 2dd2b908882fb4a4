using System.Globalization;
using Humanizer;

namespace ReSoma.Web.Infrastructure.Calendar;

/// <summary>Times stored in UTC, shown in the time zone of the place they happen, and said in words.</summary>
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
