using ReSoma.Web.Domain;
using ReSoma.Web.Features.Events.Editor;

namespace ReSoma.Tests.Events;

public sealed class EventSessionLinesTests
{
    // Lisbon is on UTC in February.
    private static readonly DateTimeOffset Start = new(2020, 2, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2020, 2, 6, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Lines_become_sessions_in_utc_with_their_speakers_and_themes_in_time_order()
    {
        var text = """
            2020-02-06 09:30 – 11:00 | Linking research and policy | Ana Silva;Jan de Vries ; | Linking research and policy

            2020-02-05 09:30-10:15 | Opening
            2020-02-05 22:00-2020-02-06 01:00 | Dinner | | Networking
            """;
        var result = EventSessionLines.Parse(text, "Europe/Lisbon", Start, End);
        Assert.Empty(result.Errors);
        Assert.Equal(["Opening", "Dinner", "Linking research and policy"], result.Sessions.Select(s => s.Title));
        var last = result.Sessions[2];
        Assert.Equal(new DateTimeOffset(2020, 2, 6, 9, 30, 0, TimeSpan.Zero), last.StartsAt);
        Assert.Equal("Ana Silva; Jan de Vries", last.Speakers);
        Assert.Equal("Networking", result.Sessions[1].Themes);
        Assert.Equal("", result.Sessions[1].Speakers);
        Assert.Equal(new DateTimeOffset(2020, 2, 6, 1, 0, 0, TimeSpan.Zero), result.Sessions[1].EndsAt);
    }

    [Fact]
    public void Times_are_read_in_the_events_zone()
    {
        // Brussels is UTC+1 in February.
        var session = Assert.Single(EventSessionLines.Parse("2020-02-05 10:00-11:00 | Opening", "Europe/Brussels", Start, End).Sessions);
        Assert.Equal(new DateTimeOffset(2020, 2, 5, 9, 0, 0, TimeSpan.Zero), session.StartsAt);
    }

    [Fact]
    public void Each_bad_line_is_named_with_what_is_wrong()
    {
        var text = string.Join('\n',
            "09:30 | No date",
            "2020-02-30 09:30-10:00 | Not a day",
            "2020-02-05 25:00-26:00 | Not a time",
            "2020-02-05 11:00-10:00 | Backwards",
            "2020-02-05 10:00-11:00",
            "2020-02-07 10:00-11:00 | After the event",
            "2020-02-05 10:00-11:00 | a | b | c | d",
            "2020-02-05 10:00-11:00 | " + new string('x', 201));
        var errors = EventSessionLines.Parse(text, "Europe/Lisbon", Start, End).Errors;
        Assert.Equal(8, errors.Count);
        Assert.StartsWith("Programme, line 1: start with the date and times, e.g.", errors[0], StringComparison.Ordinal);
        Assert.Equal("Programme, line 2: the date is not a real day; write it as year-month-day, e.g. 2020-02-05.", errors[1]);
        Assert.Equal("Programme, line 3: a time is not a time of day; write it as hours and minutes, e.g. 09:30.", errors[2]);
        Assert.StartsWith("Programme, line 4: the session must end after it starts", errors[3], StringComparison.Ordinal);
        Assert.Equal("Programme, line 5: the session needs a title after the times, separated by |.", errors[4]);
        Assert.StartsWith("Programme, line 6: the session is not within the event (Wed 5 February 2020, 09:00 (Europe/Lisbon) – Thu 6 February 2020, 17:00 (Europe/Lisbon))", errors[5], StringComparison.Ordinal);
        Assert.Equal("Programme, line 7: a line has at most four parts separated by |: time, title, speakers, themes.", errors[6]);
        Assert.Equal("Programme, line 8: the title can be at most 200 characters.", errors[7]);
    }

    [Fact]
    public void A_skipped_hour_is_refused()
    {
        var start = new DateTimeOffset(2020, 3, 28, 0, 0, 0, TimeSpan.Zero);
        var errors = EventSessionLines.Parse("2020-03-29 02:30-03:30 | Lost hour", "Europe/Brussels", start, start.AddDays(3)).Errors;
        Assert.Equal("Programme, line 1: the time falls in the hour that Europe/Brussels skips when the clocks go forward.", Assert.Single(errors));
    }

    [Fact]
    public void The_stored_programme_reads_back_as_the_same_lines()
    {
        var sessions = new[]
        {
            new EventSession { Title = "Closing", StartsAt = Start.AddHours(30), EndsAt = Start.AddHours(31), Themes = "Linking research and policy" },
            new EventSession { Title = "Opening", StartsAt = Start, EndsAt = Start.AddHours(1), Speakers = "Ana Silva; Jan de Vries" },
            new EventSession { Title = "Late", StartsAt = Start.AddHours(13), EndsAt = Start.AddHours(17) },
        };
        var text = EventSessionLines.Format(sessions, "Europe/Lisbon");
        Assert.Equal(
            "2020-02-05 09:00-10:00 | Opening | Ana Silva; Jan de Vries\n"
            + "2020-02-05 22:00-2020-02-06 02:00 | Late\n"
            + "2020-02-06 15:00-16:00 | Closing |  | Linking research and policy",
            text);
        var again = EventSessionLines.Parse(text, "Europe/Lisbon", Start, End);
        Assert.Empty(again.Errors);
        Assert.Equal(sessions.OrderBy(s => s.StartsAt).Select(s => (s.StartsAt, s.EndsAt, s.Title, s.Speakers, s.Themes)),
            again.Sessions.Select(s => (s.StartsAt, s.EndsAt, s.Title, s.Speakers, s.Themes)));
    }
}
