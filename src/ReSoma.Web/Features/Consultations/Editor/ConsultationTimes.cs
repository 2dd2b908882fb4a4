using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>
/// The editor form's times: typed as wall-clock times (<c>datetime-local</c>) in the consultation's own time zone,
/// stored in UTC. A meeting in Brussels at 14:00 stays at 14:00 in Brussels whatever the editor's own zone is.
/// </summary>
public static class ConsultationTimes
{
    /// <summary>The zones offered in the form's list; any other IANA zone can be typed.</summary>
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
        if (!ZonedTime.IsKnownZone(trimmed))
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

    /// <summary>The UTC instant of a wall-clock time in <paramref name="zoneId"/>; null for a time the clocks skip
    /// (the hour lost when summer time starts), which no meeting can start at.</summary>
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

    /// <summary>The wall-clock time of a stored instant, for the form's <c>datetime-local</c> inputs.</summary>
    public static DateTime ToLocal(DateTimeOffset utc, string zoneId) =>
        DateTime.SpecifyKind(ZonedTime.In(utc, zoneId).DateTime, DateTimeKind.Unspecified);
}
