using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Events;

/// <summary>
/// A month of the events calendar, as <c>?month=2020-02</c> names it. A month that cannot exist is replaced by the
/// nearest one that can (2020-13 → December 2020), text that is no month at all by the current month, each with a
/// notice that says so: a bad link shows a page, never an error.
/// </summary>
public readonly partial record struct CalendarMonth(int Year, int Month)
{
    /// <summary>The calendar's range: wide enough for any event the portal records, and far enough from the limits of
    /// <see cref="DateTime"/> that a grid's leading and trailing days and time zone shifts cannot overflow.</summary>
    public const int FirstYear = 2000;

    public const int LastYear = 2199;

    public static CalendarMonth First => new(FirstYear, 1);

    public static CalendarMonth Last => new(LastYear, 12);

    public DateOnly FirstDay => new(Year, Month, 1);

    public int Days => DateTime.DaysInMonth(Year, Month);

    /// <summary>The month before, or null at the start of the calendar.</summary>
    public CalendarMonth? Previous => this == First ? null : Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public CalendarMonth? Next => this == Last ? null : Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    /// <summary>"2020-02", as the address names it.</summary>
    public string Key => $"{Year:0000}-{Month:00}";

    /// <summary>"February 2020".</summary>
    public string Name => FirstDay.ToString("MMMM yyyy", CultureInfo.CurrentCulture);

    public static CalendarMonth Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>The month the text names; otherwise the nearest valid one or the current one, and why.</summary>
    public static (CalendarMonth Month, string? Notice) Parse(string? text, DateOnly today, IStringLocalizer? localizer = null)
    {
        localizer ??= EnglishText.Instance;
        var current = Clamp(today.Year, today.Month);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (current, null);
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return (current, localizer["\"{0}\" is not a month: months are written like {1}. Showing {2}.", text, current.Key, current.Name]);
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var nearest = Clamp(year, month);
        if (nearest.Year == year && nearest.Month == month)
        {
            return (nearest, null);
        }

        return (nearest, year < FirstYear || year > LastYear
            ? localizer["The calendar covers {0} to {1}, so the nearest month is shown: {2}.", First.Name, Last.Name, nearest.Name]
            : localizer["There is no month {0}, so the nearest month is shown: {1}.", month, nearest.Name]);
    }

    private static CalendarMonth Clamp(int year, int month) =>
        year < FirstYear ? First
        : year > LastYear ? Last
        : new(year, Math.Clamp(month, 1, 12));

    [GeneratedRegex(@"^(?<year>\d{1,4})-(?<month>\d{1,2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
