using ReSoma.Web.Features.Events;

namespace ReSoma.Tests.Events;

public sealed class CalendarMonthTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(null, "2026-11")]
    [InlineData("", "2026-11")]
    [InlineData("2020-02", "2020-02")]
    [InlineData(" 2020-2 ", "2020-02")]
    public void A_valid_or_missing_month_needs_no_notice(string? text, string expected)
    {
        var (month, notice) = CalendarMonth.Parse(text, Today);
        Assert.Equal(expected, month.Key);
        Assert.Null(notice);
    }

    [Theory]
    [InlineData("2020-13", "2020-12", "There is no month 13, so the nearest month is shown: December 2020.")]
    [InlineData("2020-00", "2020-01", "There is no month 0, so the nearest month is shown: January 2020.")]
    [InlineData("0000-01", "2000-01", "The calendar covers January 2000 to December 2199, so the nearest month is shown: January 2000.")]
    [InlineData("9999-99", "2199-12", "The calendar covers January 2000 to December 2199, so the nearest month is shown: December 2199.")]
    [InlineData("abc", "2026-11", "\"abc\" is not a month: months are written like 2026-11. Showing November 2026.")]
    [InlineData("2020-02-30", "2026-11", "\"2020-02-30\" is not a month: months are written like 2026-11. Showing November 2026.")]
    [InlineData("99999999999-1", "2026-11", "\"99999999999-1\" is not a month: months are written like 2026-11. Showing November 2026.")]
    public void An_impossible_month_becomes_the_nearest_one_or_the_current_one_with_a_notice(string text, string expected, string notice)
    {
        var (month, said) = CalendarMonth.Parse(text, Today);
        Assert.Equal(expected, month.Key);
        Assert.Equal(notice, said);
    }

    [Fact]
    public void Navigation_stops_at_the_ends_of_the_calendar_and_wraps_years()
    {
        Assert.Null(CalendarMonth.First.Previous);
        Assert.Null(CalendarMonth.Last.Next);
        Assert.Equal("2019-12", new CalendarMonth(2020, 1).Previous!.Value.Key);
        Assert.Equal("2021-01", new CalendarMonth(2020, 12).Next!.Value.Key);
        Assert.Equal(29, new CalendarMonth(2020, 2).Days);
        Assert.Equal("February 2020", new CalendarMonth(2020, 2).Name);
    }
}
