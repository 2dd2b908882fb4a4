using System.Net;
using Ical.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Events;

public sealed class EventPageTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    // Lisbon is on UTC in February, so wall-clock and UTC times are the same here.
    private static readonly DateTimeOffset Opening = new(2031, 2, 5, 9, 0, 0, TimeSpan.Zero);

    private Task<Event> ConferenceAsync(bool published = true) => Factory.AddEventAsync(new NewEvent("Lisbon conference")
    {
        Kind = EventKind.Conference,
        Published = published,
        At = Opening,
        Duration = TimeSpan.FromHours(32),
        TimeZoneId = "Europe/Lisbon",
        Venue = "Auditorium, Avenida da Liberdade 110",
        City = "Lisbon",
        OnlineLink = "https://stream.example.org/lisbon",
        Summary = "Two days on research and policy.",
        Description = "## Why\n\nTo **link research and policy**. <script>alert(1)</script>",
        TopicTitles = ["Funding integration", "Public opinion"],
        Sessions =
        [
            new("Closing: the move to IMISCOE", TimeSpan.FromHours(30), TimeSpan.FromHours(1), "Anneke de Vries; Matteo Bianchini", "Linking research and policy"),
            new("Opening", TimeSpan.Zero, TimeSpan.FromMinutes(45), "Giulia Ferraresi"),
            new("Cities as service providers", TimeSpan.FromHours(2), TimeSpan.FromHours(1.5), "", "Cities as service providers to migrant populations; Funding integration at local level"),
        ],
    });

    [Fact]
    public async Task The_page_shows_when_and_where_in_the_events_zone_its_programme_by_day_and_its_topics()
    {
        await ConferenceAsync();
        var page = await Client.GetAsync("/events/lisbon-conference");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Lisbon conference", page.One("h1")!.TextContent);
        Assert.Equal("Conference", page.One("#event-kind")!.TextContent);
        Assert.StartsWith("Wed 5 February 2031, 09:00 (Europe/Lisbon) – Thu 6 February 2031, 17:00 (Europe/Lisbon)", page.One("#when")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Times are in Europe/Lisbon time.", page.One("#time-zone")!.TextContent);
        Assert.Contains("Auditorium, Avenida da Liberdade 110, Lisbon, and online", page.One("#where")!.TextContent, StringComparison.Ordinal);
        // No registration: the online link is everyone's.
        Assert.Equal("https://stream.example.org/lisbon", page.One("#online-link")!.GetAttribute("href"));
        Assert.Equal("No registration needed: everyone is welcome.", page.One("#no-registration")!.TextContent);

        Assert.Equal("link research and policy", page.One(".prose strong")!.TextContent);
        Assert.Null(page.One(".prose script"));
        Assert.Equal(["/topics/funding-integration", "/topics/public-opinion"], page.Document.QuerySelectorAll("#event-topics a").Select(a => a.GetAttribute("href")));

        var days = page.Document.QuerySelectorAll("#programme .programme-day");
        Assert.Equal(["Wednesday 5 February 2031", "Thursday 6 February 2031"], days.Select(d => d.QuerySelector("h3")!.TextContent));
        Assert.Equal(["Opening", "Cities as service providers"], days[0].QuerySelectorAll(".session-title").Select(t => t.TextContent));
        Assert.Equal(["09:00–09:45", "11:00–12:30"], days[0].QuerySelectorAll(".session-time").Select(t => t.TextContent));
        Assert.Equal(["Cities as service providers to migrant populations", "Funding integration at local level"],
            days[0].QuerySelectorAll(".session")[1].QuerySelectorAll(".theme").Select(t => t.TextContent));
        var closing = days[1].QuerySelector(".session")!;
        Assert.Equal("15:00–16:00", closing.QuerySelector(".session-time")!.TextContent);
        Assert.Equal("Speakers: Anneke de Vries; Matteo Bianchini", closing.QuerySelector(".session-speakers")!.TextContent);

        Assert.Equal("/events/lisbon-conference/ics", page.One("#add-to-calendar")!.GetAttribute("href"));
        Assert.Equal("Lisbon conference – ReSOMA", page.One("title")!.TextContent);
        Assert.Equal("Two days on research and policy.", page.One("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("article", page.One("meta[property='og:type']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Unknown_and_unpublished_events_are_not_found_anywhere()
    {
        await ConferenceAsync(published: false);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/events/lisbon-conference")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/events/lisbon-conference/ics")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/events/no-such-event")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/events/no-such-event/ics")).Status);
        // Editors see drafts in the back office, not on the public page.
        await Client.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/events/lisbon-conference")).Status);
    }

    [Fact]
    public async Task The_ics_file_parses_back_with_a_stable_uid_utc_times_place_and_address()
    {
        var e = await ConferenceAsync();
        var response = await Client.Http.GetAsync("/events/lisbon-conference/ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("resoma-lisbon-conference.ics", response.Content.Headers.ContentDisposition!.FileName);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var entry = Assert.Single(calendar.Events);
        Assert.Equal("Lisbon conference", entry.Summary);
        Assert.Equal(e.StartsAt.UtcDateTime, entry.DtStart!.AsUtc);
        Assert.Equal(e.EndsAt.UtcDateTime, entry.DtEnd!.AsUtc);
        Assert.Equal("Auditorium, Avenida da Liberdade 110, Lisbon and online", entry.Location);
        Assert.Equal("http://localhost/events/lisbon-conference", entry.Url!.ToString());
        Assert.Contains("Two days on research and policy.", entry.Description, StringComparison.Ordinal);
        Assert.Contains("Join online: https://stream.example.org/lisbon", entry.Description, StringComparison.Ordinal);
        Assert.Equal("event-lisbon-conference@resoma", entry.Uid);

        // The same UID however often it is fetched, and after the event is edited.
        await Factory.WithDbAsync(async db =>
        {
            db.Events.Single().Title = "Lisbon conference (new title)";
            await db.SaveChangesAsync();
        });
        var again = Assert.Single(Calendar.Load(await Client.Http.GetStringAsync("/events/lisbon-conference/ics"))!.Events);
        Assert.Equal(entry.Uid, again.Uid);
        Assert.Equal("Lisbon conference (new title)", again.Summary);
    }

    [Fact]
    public async Task A_link_reserved_for_participants_stays_out_of_the_public_ics()
    {
        await Factory.AddEventAsync(new NewEvent("Closed webinar") { Kind = EventKind.Webinar, Seats = 5, Venue = null, City = null });
        var text = await Client.Http.GetStringAsync("/events/closed-webinar/ics");
        var entry = Assert.Single(Calendar.Load(text)!.Events);
        Assert.Equal("Online", entry.Location);
        Assert.DoesNotContain("secret-room", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_holds_every_published_event_and_no_draft_and_tells_apps_to_refresh()
    {
        await ConferenceAsync();
        await Factory.AddEventAsync(new NewEvent("Past webinar") { Kind = EventKind.Webinar, StartsIn = TimeSpan.FromDays(-300) });
        await Factory.AddEventAsync(new NewEvent("Draft workshop") { Published = false });
        var response = await Client.Http.GetAsync("/events/calendar.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;
        Assert.Equal(["event-past-webinar@resoma", "event-lisbon-conference@resoma"], calendar.Events.Select(e => e.Uid));
        Assert.DoesNotContain("Draft workshop", text, StringComparison.Ordinal);
        Assert.Equal("ReSOMA events", calendar.Properties.Get<string>("X-WR-CALNAME"));
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT6H", text, StringComparison.Ordinal);
        Assert.Contains("X-PUBLISHED-TTL:PT6H", text, StringComparison.Ordinal);

        // The one-event file and the feed agree on the UID, so an app holding both keeps one entry.
        var single = Assert.Single(Calendar.Load(await Client.Http.GetStringAsync("/events/lisbon-conference/ics"))!.Events);
        Assert.Contains(calendar.Events, e => e.Uid == single.Uid && e.DtStart!.AsUtc == single.DtStart!.AsUtc);
        var list = await Client.GetAsync("/events");
        Assert.Equal("/events/calendar.ics", list.One("#subscribe")!.GetAttribute("href"));
        Assert.Equal("/events/calendar.ics", list.One("link[rel=alternate][type='text/calendar']")!.GetAttribute("href"));
    }
}
