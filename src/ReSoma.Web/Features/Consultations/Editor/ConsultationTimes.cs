using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>
/// The editor form's times: typed as wall-clock times (<c>datetime-local</c>) in the consultation's own time zone,
/// stored in UTC. A meeting in Brussels at 14:00 stays at 14:00 in Brussels whatever the editor's own zone is.
/// The conversions live in <see cref="ZonedTime"/>, shared with the events editor.
/// </summary>
public static class ConsultationTimes
{
    /// <summary>The zones offered in the form's list; any other IANA zone can be typed.</summary>
    public static IReadOnlyList<string> CommonZones => ZonedTime.CommonZones;

    /// <summary>The IANA id of a known zone (a Windows id such as "W. Europe Standard Time" is translated), else null.</summary>
    public static string? IanaIdOf(string? id) => ZonedTime.IanaIdOf(id);

    /// <summary>The UTC instant of a wall-clock time in <paramref name="zoneId"/>; null for a time the clocks skip
    /// (the hour lost when summer time starts), which no meeting can start at.</summary>
    public static DateTimeOffset? ToUtc(DateTime local, string zoneId) => ZonedTime.ToUtc(local, zoneId);

    /// <summary>The wall-clock time of a stored instant, for the form's <c>datetime-local</c> inputs.</summary>
    public static DateTime ToLocal(DateTimeOffset utc, string zoneId) => ZonedTime.ToLocal(utc, zoneId);
}
