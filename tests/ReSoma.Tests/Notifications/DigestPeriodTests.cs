using ReSoma.Web.Domain;

namespace ReSoma.Tests.Notifications;

/// <summary>When digests fall due, in the person's zone, including the nights the clocks change.</summary>
public sealed class DigestPeriodTests
{
    private static NotificationSettings Settings(DigestFrequency frequency, int hour = 8, DayOfWeek day = DayOfWeek.Monday, string zone = "Europe/Brussels") =>
        new() { UserId = "u", FeedToken = "t", Frequency = frequency, Hour = hour, WeeklyOn = day, TimeZoneId = zone };

    [Fact]
    public void A_daily_digest_is_due_at_the_persons_hour_in_their_zone()
    {
        var settings = Settings(DigestFrequency.Daily);
        // 06:59 UTC is 07:59 in Brussels in winter: yesterday's period is the current one.
        Assert.Equal("daily:2026-12-04", DigestPeriods.Current(settings, new DateTimeOffset(2026, 12, 5, 6, 59, 0, TimeSpan.Zero))!.Key);
        var due = DigestPeriods.Current(settings, new DateTimeOffset(2026, 12, 5, 7, 0, 0, TimeSpan.Zero))!;
        Assert.Equal(("daily:2026-12-05", new DateTimeOffset(2026, 12, 5, 7, 0, 0, TimeSpan.Zero)), (due.Key, due.DueAt));
        Assert.Null(DigestPeriods.Current(Settings(DigestFrequency.Immediately), DateTimeOffset.UtcNow));
        Assert.Null(DigestPeriods.Current(Settings(DigestFrequency.Never), DateTimeOffset.UtcNow));
    }

    [Fact]
    public void An_hour_the_clocks_skip_moves_to_the_first_that_exists()
    {
        // 29 March 2026: Brussels goes from 02:00 to 03:00 (01:00 UTC).
        var due = DigestPeriods.Current(Settings(DigestFrequency.Daily, hour: 2), new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero))!;
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), due.DueAt);
    }

    [Theory]
    [InlineData(DigestFrequency.Daily, 98, "Europe/Brussels")]
    [InlineData(DigestFrequency.Weekly, 14, "Europe/Brussels")]
    [InlineData(DigestFrequency.Weekly, 14, "America/New_York")]
    public void Over_fourteen_weeks_across_a_clock_change_each_period_falls_due_once_at_the_local_hour(DigestFrequency frequency, int expected, string zone)
    {
        var settings = Settings(frequency, hour: 1, day: DayOfWeek.Sunday, zone: zone);
        var tz = DigestPeriods.Zone(zone);
        // From 1 March 2026, hour by hour: both zones change their clocks in March, New York on 8 March, Brussels on 29 March.
        var start = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var first = DigestPeriods.Current(settings, start)!.Key;
        var keys = new List<DigestPeriod>();
        for (var t = start; t < start.AddDays(7 * 14); t = t.AddHours(1))
        {
            var period = DigestPeriods.Current(settings, t)!;
            if (period.Key != first && keys.All(k => k.Key != period.Key))
            {
                keys.Add(period);
            }
        }

        Assert.Equal(expected, keys.Count);
        Assert.All(keys, k => Assert.Equal(1, TimeZoneInfo.ConvertTime(k.DueAt, tz).Hour));
        if (frequency == DigestFrequency.Weekly)
        {
            Assert.All(keys, k => Assert.Equal(DayOfWeek.Sunday, TimeZoneInfo.ConvertTime(k.DueAt, tz).DayOfWeek));
        }
    }
}
