using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Events;

/// <summary>An event on one day of the grid. <see cref="Day"/> and <see cref="DayCount"/> say "day 2 of 3" for an
/// event that runs over several days, which appears on each of them.</summary>
public sealed record MonthEntry(string Title, string Slug, EventKind Kind, string StartTime, int Day, int DayCount);

/// <summary>One cell of the grid; null cells are the days of the neighbouring months that fill the first and last week.</summary>
public sealed record MonthDay(DateOnly Date, bool IsToday, IReadOnlyList<MonthEntry> Events);

/// <summary>The month view: weeks (Monday first) of seven cells each.</summary>
public sealed record EventMonthPage(
    CalendarMonth Month,
    IReadOnlyList<IReadOnlyList<MonthDay?>> Weeks,
    int EventCount,
    EventKind? Kind,
    IReadOnlyList<string> Notices,
    DateOnly Today)
{
    public CalendarMonth Current => CalendarMonth.Of(Today);
}
