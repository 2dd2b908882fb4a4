using System.Globalization;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Web.Features.Dashboards;

/// <summary>
/// Times on both dashboards: shown in the portal's home time zone (the editors work from Brussels) and in the reader's
/// language, never with month names typed in English.
/// </summary>
public static class DashboardTime
{
    public const string Zone = "Europe/Brussels";

    /// <summary>Date and time, e.g. "06/12/2026 14:30" or "12/6/2026 2:30 PM", as the current culture writes them.</summary>
    public static string Format(DateTimeOffset utc) => ZonedTime.In(utc, Zone).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>The machine-readable form for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Iso(DateTimeOffset utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>A month and year in the current language, e.g. "January 2027" or "janvier 2027".</summary>
    public static string Month(int year, int month) => new DateOnly(year, month, 1).ToString("Y", CultureInfo.CurrentCulture);

    /// <summary>Whole days between two moments, never negative.</summary>
    public static int DaysBetween(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, (int)(to - from).TotalDays);
}
