using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Web.Features.Events;

/// <summary>
/// The month grid. Each event sits on the days it covers in its own time zone (a conference in Lisbon on 5–6 February
/// is on the 5th and the 6th whatever the reader's zone), and "today" is the day in Brussels, where ReSOMA works.
/// </summary>
public sealed class EventMonthQuery(ReSomaDbContext db, TimeProvider clock, IStringLocalizer<EventMonthQuery> localizer)
{
    public const string HomeZone = "Europe/Brussels";

    public async Task<EventMonthPage> RunAsync(string? kind, string? month, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(ZonedTime.In(clock.GetUtcNow(), HomeZone).DateTime);
        var notices = new List<string>();
        var (shown, notice) = CalendarMonth.Parse(month, today, localizer);
        if (notice is not null)
        {
            notices.Add(notice);
        }

        var selected = EventKindFilter.Parse(kind, notices, localizer);
        var first = shown.FirstDay;
        var last = first.AddDays(shown.Days - 1);

        // A day's margin either side covers every time zone; the exact days are worked out below.
        var from = Utc(first.AddDays(-1));
        var to = Utc(last.AddDays(2));
        var candidates = await db.Events.AsNoTracking()
            .Where(e => e.IsPublished && (selected == null || e.Kind == selected) && e.StartsAt < to && e.EndsAt > from)
            .OrderBy(e => e.StartsAt)
            .Select(e => new { e.Title, e.Slug, e.Kind, e.StartsAt, e.EndsAt, e.TimeZoneId })
            .ToListAsync(cancellationToken);

        var byDay = new Dictionary<DateOnly, List<MonthEntry>>();
        var shownEvents = 0;
        foreach (var e in candidates)
        {
            var (startDay, endDay, startTime) = DaysOf(e.StartsAt, e.EndsAt, e.TimeZoneId);
            var count = endDay.DayNumber - startDay.DayNumber + 1;
            var any = false;
            for (var day = startDay > first ? startDay : first; day <= endDay && day <= last; day = day.AddDays(1))
            {
                var entry = new MonthEntry(e.Title, e.Slug, e.Kind, startTime, day.DayNumber - startDay.DayNumber + 1, count);
                if (!byDay.TryGetValue(day, out var entries))
                {
                    byDay[day] = entries = [];
                }

                entries.Add(entry);
                any = true;
            }

            shownEvents += any ? 1 : 0;
        }

        return new EventMonthPage(shown, Weeks(first, last, today, byDay), shownEvents, selected, notices, today);
    }

    /// <summary>The first and last day an event covers in its zone; an event ending at midnight does not cover the next day.</summary>
    public static (DateOnly First, DateOnly Last, string StartTime) DaysOf(DateTimeOffset startsAt, DateTimeOffset endsAt, string zoneId)
    {
        var start = ZonedTime.In(startsAt, zoneId);
        var end = ZonedTime.In(endsAt, zoneId);
        var firstDay = DateOnly.FromDateTime(start.DateTime);
        var lastDay = DateOnly.FromDateTime(end.DateTime);
        if (end.TimeOfDay == TimeSpan.Zero && lastDay > firstDay)
        {
            lastDay = lastDay.AddDays(-1);
        }

        return (firstDay, lastDay < firstDay ? firstDay : lastDay, start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static List<IReadOnlyList<MonthDay?>> Weeks(DateOnly first, DateOnly last, DateOnly today, Dictionary<DateOnly, List<MonthEntry>> byDay)
    {
        // Monday first, as calendars are printed in Europe.
        var lead = ((int)first.DayOfWeek + 6) % 7;
        var weeks = new List<IReadOnlyList<MonthDay?>>();
        var week = new List<MonthDay?>(Enumerable.Repeat<MonthDay?>(null, lead));
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            week.Add(new MonthDay(day, day == today, byDay.TryGetValue(day, out var entries) ? entries : []));
            if (week.Count == 7)
            {
                weeks.Add(week);
                week = [];
            }
        }

        if (week.Count > 0)
        {
            week.AddRange(Enumerable.Repeat<MonthDay?>(null, 7 - week.Count));
            weeks.Add(week);
        }

        return weeks;
    }

    private static DateTimeOffset Utc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
