using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Events;

public sealed class EventListTests(EventClockFactory factory) : PortalTest<EventClockFactory>(factory)
{
    // Noon in Brussels on Wednesday 12 February 2020.
    private static readonly DateTimeOffset Now = new(2020, 2, 12, 11, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    private async Task ListedAsync()
    {
        Factory.Clock.AdjustTime(Now);
        await Factory.AddEventAsync(new NewEvent("Spring webinar") { Kind = EventKind.Webinar, At = Utc(2020, 4, 2, 13) });
        await Factory.AddEventAsync(new NewEvent("Running workshop") { At = Now.AddHours(-2), Duration = TimeSpan.FromDays(1) });
        await Factory.AddEventAsync(new NewEvent("March meeting") { Kind = EventKind.FeedbackMeeting, At = Utc(2020, 3, 3, 13) });
        await Factory.AddEventAsync(new NewEvent("Autumn conference") { Kind = EventKind.Conference, At = Utc(2019, 10, 1, 8) });
        await Factory.AddEventAsync(new NewEvent("January webinar") { Kind = EventKind.Webinar, At = Utc(2020, 1, 20, 13) });
        await Factory.AddEventAsync(new NewEvent("Draft workshop") { At = Utc(2020, 3, 1, 9), Published = false });
    }

    [Fact]
    public async Task Upcoming_events_come_soonest_first_and_past_ones_newest_first_without_drafts()
    {
        await ListedAsync();
        var page = await Client.GetAsync("/events");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Running workshop", "March meeting", "Spring webinar"], Titles(page, "#upcoming"));
        Assert.Equal(["January webinar", "Autumn conference"], Titles(page, "#past"));
        Assert.DoesNotContain("Draft workshop", page.Text, StringComparison.Ordinal);
        Assert.Equal("Feedback meeting", page.One("#upcoming [data-slug=march-meeting] .event-kind")!.TextContent);
        Assert.Equal("Tue 3 March 2020, 14:00–17:00 (Europe/Brussels)", page.One("#upcoming [data-slug=march-meeting] .event-when")!.TextContent);

        // A week later the running workshop is over.
        Factory.Clock.AdjustTime(Now.AddDays(7));
        Assert.Equal(["Running workshop", "January webinar", "Autumn conference"], Titles(await Client.GetAsync("/events"), "#past"));
    }

    [Fact]
    public async Task The_kind_filter_narrows_both_halves_and_an_unknown_kind_is_ignored_with_a_notice()
    {
        await ListedAsync();
        var webinars = await Client.GetAsync("/events?kind=webinar");
        Assert.Equal(["Spring webinar"], Titles(webinars, "#upcoming"));
        Assert.Equal(["January webinar"], Titles(webinars, "#past"));
        Assert.Equal("webinar", webinars.One("#kind option[selected]")!.GetAttribute("value"));

        var unknown = await Client.GetAsync("/events?kind=picnic&view=poster");
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        var notices = unknown.Document.QuerySelectorAll(".notice").Select(n => n.TextContent).ToList();
        Assert.Contains("The kind \"picnic\" is not known, so that filter was ignored.", notices);
        Assert.Contains(notices, n => n.StartsWith("There is no \"poster\" view", StringComparison.Ordinal));
        Assert.Equal(3, Titles(unknown, "#upcoming").Count);
    }

    [Fact]
    public async Task The_month_grid_places_events_on_their_days_in_their_own_zone_and_marks_today()
    {
        Factory.Clock.AdjustTime(Now);
        await Factory.AddEventAsync(new NewEvent("Lisbon conference")
        {
            Kind = EventKind.Conference, TimeZoneId = "Europe/Lisbon", At = Utc(2020, 2, 5, 9), Duration = TimeSpan.FromHours(31),
        });
        // 23:30 to midnight in Brussels: ending at midnight, it does not spill into the 28th.
        await Factory.AddEventAsync(new NewEvent("Late webinar") { Kind = EventKind.Webinar, At = Utc(2020, 2, 27, 22).AddMinutes(30), Duration = TimeSpan.FromMinutes(30) });
        // 23:30 on the 16th in UTC is 00:30 on the 17th in Brussels, the event's zone.
        await Factory.AddEventAsync(new NewEvent("Night owls") { Kind = EventKind.Webinar, At = Utc(2020, 2, 16, 23).AddMinutes(30), Duration = TimeSpan.FromHours(1) });
        // From the last day of January into February: only its February day is in this grid.
        await Factory.AddEventAsync(new NewEvent("Overnight retreat") { At = Utc(2020, 1, 31, 15), Duration = TimeSpan.FromHours(20) });
        await Factory.AddEventAsync(new NewEvent("Hidden draft") { At = Utc(2020, 2, 10, 9), Published = false });
        await Factory.AddEventAsync(new NewEvent("March meeting") { At = Utc(2020, 3, 3, 13) });

        var page = await Client.GetAsync("/events?view=calendar&month=2020-02");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var grid = page.One("table#month-grid")!;
        Assert.Equal("Events in February 2020, one row a week, Monday first. Times are those of each event's place.", grid.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], grid.QuerySelectorAll("thead th").Select(th => th.TextContent));
        // 1 February 2020 is a Saturday: five empty cells first; 29 days then one empty cell: five weeks.
        var rows = grid.QuerySelectorAll("tbody tr");
        Assert.Equal(5, rows.Length);
        Assert.All(rows, r => Assert.Equal(7, r.QuerySelectorAll("td").Length));
        Assert.Equal(6, grid.QuerySelectorAll("td.outside").Length);
        Assert.Equal("1", rows[0].QuerySelectorAll("td")[5].QuerySelector("time")!.TextContent);

        Assert.Equal(["Lisbon conference"], EventsOn(page, "2020-02-05"));
        Assert.Equal(["Lisbon conference"], EventsOn(page, "2020-02-06"));
        Assert.Empty(EventsOn(page, "2020-02-07"));
        Assert.Contains("day 2 of 2", page.One("td[data-date='2020-02-06'] li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Late webinar"], EventsOn(page, "2020-02-27"));
        Assert.Empty(EventsOn(page, "2020-02-28"));
        Assert.Empty(EventsOn(page, "2020-02-16"));
        Assert.Equal(["Night owls"], EventsOn(page, "2020-02-17"));
        Assert.Equal(["Overnight retreat"], EventsOn(page, "2020-02-01"));
        Assert.Empty(EventsOn(page, "2020-02-10"));
        Assert.Equal("/events/lisbon-conference", page.One("td[data-date='2020-02-05'] a")!.GetAttribute("href"));

        var today = Assert.Single(page.Document.QuerySelectorAll("td[aria-current=date]"));
        Assert.Equal("2020-02-12", today.GetAttribute("data-date"));
        Assert.Equal("/events?view=calendar&month=2020-01", page.One("#previous-month")!.GetAttribute("href"));
        Assert.Equal("/events?view=calendar&month=2020-03", page.One("#next-month")!.GetAttribute("href"));
        Assert.Null(page.One("#this-month"));

        var march = await Client.GetAsync(page.One("#next-month")!.GetAttribute("href")!);
        Assert.Equal(["March meeting"], EventsOn(march, "2020-03-03"));
        Assert.Empty(march.Document.QuerySelectorAll("td[aria-current=date]"));
        Assert.Equal("/events?view=calendar&month=2020-02", march.One("#this-month")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_calendar_keeps_the_kind_filter_and_without_a_month_shows_the_current_one()
    {
        Factory.Clock.AdjustTime(Now);
        await Factory.AddEventAsync(new NewEvent("A webinar") { Kind = EventKind.Webinar, At = Utc(2020, 2, 18, 13) });
        await Factory.AddEventAsync(new NewEvent("A workshop") { At = Utc(2020, 2, 19, 9) });
        var page = await Client.GetAsync("/events?view=calendar&kind=webinar");
        Assert.Equal("February 2020", page.One("#month-heading")!.TextContent);
        Assert.Equal(["A webinar"], page.Document.QuerySelectorAll("#month-grid td a").Select(a => a.TextContent));
        Assert.Equal("/events?view=calendar&month=2020-03&kind=webinar", page.One("#next-month")!.GetAttribute("href"));
        Assert.Equal("/events?kind=webinar", page.One("#list-view")!.GetAttribute("href"));

        var empty = await Client.GetAsync("/events?view=calendar&month=2020-03&kind=webinar");
        Assert.Equal("No events in March 2020 of the kind webinar.", empty.One("#no-events")!.TextContent);
    }

    [Theory]
    [InlineData("2020-13", "December 2020", "There is no month 13, so the nearest month is shown: December 2020.")]
    [InlineData("abc", "February 2020", "\"abc\" is not a month: months are written like 2020-02. Showing February 2020.")]
    [InlineData("9999-99", "December 2199", "The calendar covers January 2000 to December 2199, so the nearest month is shown: December 2199.")]
    [InlineData("0000-01", "January 2000", "The calendar covers January 2000 to December 2199, so the nearest month is shown: January 2000.")]
    public async Task A_bad_month_shows_the_nearest_valid_page_with_a_notice_never_an_error(string month, string shown, string notice)
    {
        Factory.Clock.AdjustTime(Now);
        var page = await Client.GetAsync("/events?month=" + Uri.EscapeDataString(month));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(shown, page.One("#month-heading")!.TextContent);
        Assert.Equal(notice, page.One(".notice")!.TextContent);
        Assert.NotNull(page.One("table#month-grid"));
    }

    [Fact]
    public async Task The_calendar_ends_have_no_link_beyond_them()
    {
        Factory.Clock.AdjustTime(Now);
        var last = await Client.GetAsync("/events?view=calendar&month=2199-12");
        Assert.Null(last.One("#next-month"));
        Assert.NotNull(last.One("#previous-month"));
        var first = await Client.GetAsync("/events?view=calendar&month=2000-01");
        Assert.Null(first.One("#previous-month"));
    }

    private static List<string> Titles(Page page, string section) =>
        page.Document.QuerySelectorAll($"{section} .event-title a").Select(a => a.TextContent).ToList();

    private static List<string> EventsOn(Page page, string date) =>
        page.Document.QuerySelectorAll($"td[data-date='{date}'] li a").Select(a => a.TextContent).ToList();
}
