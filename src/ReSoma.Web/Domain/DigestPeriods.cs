using System.Globalization;

namespace ReSoma.Web.Domain;

/// <summary>The digest a person is due: the period's key and the moment it fell due.</summary>
public sealed record DigestPeriod(string Key, DateTimeOffset DueAt);

/// <summary>
/// When a person's digest falls due, in their own zone: daily at their hour, weekly on their day at their hour. The
/// period is the latest one already due, so a worker that was down catches up with one digest, not several. Local
/// times are turned into instants by the zone's rules: an hour skipped in spring moves to the first one that exists,
/// and an hour that happens twice in autumn counts the first time (so a digest is never due twice in one night).
/// </summary>
public static class DigestPeriods
{
    /// <returns>The current period, or null for people mailed immediately or never.</returns>
    public static DigestPeriod? Current(NotificationSettings settings, DateTimeOffset now)
    {
        var step = settings.Frequency switch
        {
            DigestFrequency.Daily => 1,
            DigestFrequency.Weekly => 7,
            _ => 0,
        };
        if (step == 0)
        {
            return null;
        }

        var zone = Zone(settings.TimeZoneId);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (step == 7)
        {
            day = day.AddDays(-(((int)day.DayOfWeek - (int)settings.WeeklyOn + 7) % 7));
        }

        var due = DueAt(day, settings.Hour, zone);
        if (due > now)
        {
            day = day.AddDays(-step);
            due = DueAt(day, settings.Hour, zone);
        }

        var prefix = step == 1 ? "daily:" : "weekly:";
        return new DigestPeriod(prefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), due);
    }

    public static TimeZoneInfo Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static bool IsKnownZone(string? id) => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    private static DateTimeOffset DueAt(DateOnly day, int hour, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(new TimeOnly(Math.Clamp(hour, 0, 23), 0), DateTimeKind.Unspecified);
        // A skipped hour: the first quarter hour that exists (bounded: no zone skips more than a day).
        for (var i = 0; i < 96 && zone.IsInvalidTime(local); i++)
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
