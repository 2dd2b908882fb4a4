using ReSoma.Web.Domain;
using ReSoma.Web.Features.Consultations.Editor;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>
/// The schedule form's times. Typing, zones and the skipped hour work as in the consultation form
/// (<see cref="ConsultationTimes"/>: a wall-clock time in a chosen zone, stored in UTC), so both forms agree; what is
/// particular to interviews is the time offered by default.
/// </summary>
public static class InterviewTimes
{
    public const string DefaultZone = "Europe/Brussels";

    private static readonly TimeOnly MorningRelease = new(9, 0);

    /// <summary>The form's time: the scheduled one, else 09:00 on the month's first day, or on the next day when
    /// that has passed.</summary>
    public static DateTime DefaultPublishAt(Interview interview, DateTimeOffset now)
    {
        var zone = ZoneOrDefault(interview.TimeZoneId);
        if (interview.PublishAt is { } scheduled && interview.Status == InterviewStatus.Scheduled)
        {
            return ConsultationTimes.ToLocal(scheduled, zone);
        }

        var firstDay = interview.InterviewMonth.FirstDay.ToDateTime(MorningRelease);
        var tomorrow = DateOnly.FromDateTime(ConsultationTimes.ToLocal(now, zone)).AddDays(1).ToDateTime(MorningRelease);
        return firstDay > tomorrow ? firstDay : tomorrow;
    }

    /// <summary>A zone the form offers or knows, else Brussels, where ReSOMA works.</summary>
    public static string ZoneOrDefault(string? zoneId) => ConsultationTimes.IanaIdOf(zoneId) ?? DefaultZone;
}
