using System.Net;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.CalendarFeeds;

/// <summary>
/// The calendars people subscribe to: everything (<c>/calendar.ics</c>), consultations, events, and one topic's, read
/// back with Ical.Net. Consultations and events here carry an online link reserved for participants, which no public
/// calendar may show.
/// </summary>
public sealed class CalendarFeedTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string ParticipantsLink = "secret-room";

    private static readonly string[] PublicFeeds = ["/calendar.ics", "/consultations/calendar.ics", "/events/calendar.ics"];

    /// <summary>Cycle 2019 with detention and public opinion, detention carried into cycle 2021; a consultation and a
    /// published event on each entry of detention, one of each on public opinion, a draft event, a cancelled consultation.</summary>
    private async Task AddTwoTopicsAsync()
    {
        await Factory.AddCycleAsync(2019, current: false, topics: [("Immigration detention", Area.Migration), ("Public opinion", Area.Integration)]);
        await Factory.AddCycleAsync(2021, current: true);
        await Factory.WithDbAsync(async db =>
        {
            var detention = await db.Topics.SingleAsync(t => t.Slug == "immigration-detention");
            var later = detention.ContinueIn("immigration-detention-2021");
            later.CycleId = (await db.Cycles.SingleAsync(c => c.Year == 2021)).Id;
            db.Topics.Add(later);
            await db.SaveChangesAsync();
        });

        await OnTopicAsync(await Factory.AddConsultationAsync(new NewConsultation("Detention meeting of 2019") { StartsIn = TimeSpan.FromDays(-300), DeadlineIn = TimeSpan.FromDays(-305) }), "immigration-detention");
        await OnTopicAsync(await Factory.AddConsultationAsync(new NewConsultation("Detention meeting of 2021") { Place = "Brussels" }), "immigration-detention-2021");
        await OnTopicAsync(await Factory.AddConsultationAsync(new NewConsultation("Called off detention meeting") { IsCancelled = true }), "immigration-detention-2021");
        await OnTopicAsync(await Factory.AddConsultationAsync(new NewConsultation("Opinion survey") { Format = ConsultationFormat.OnlineSurvey }), "public-opinion");

        await OnTopicAsync(await Factory.AddEventAsync(new NewEvent("Detention workshop") { Seats = 5 }), "immigration-detention-2021");
        await OnTopicAsync(await Factory.AddEventAsync(new NewEvent("Opinion conference") { Kind = EventKind.Conference, Seats = 20, StartsIn = TimeSpan.FromDays(40) }), "public-opinion");
        await OnTopicAsync(await Factory.AddEventAsync(new NewEvent("Draft detention seminar") { Published = false, Seats = 5 }), "immigration-detention");
    }

    private Task OnTopicAsync(Consultation consultation, string topicSlug) => Factory.WithDbAsync(async db =>
    {
        var topicId = await db.Topics.Where(t => t.Slug == topicSlug).Select(t => t.Id).SingleAsync();
        await db.Consultations.Where(c => c.Id == consultation.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.TopicId, topicId));
    });

    private Task OnTopicAsync(Event e, string topicSlug) => Factory.WithDbAsync(async db =>
    {
        var tracked = await db.Events.Include(x => x.Topics).SingleAsync(x => x.Id == e.Id);
        tracked.Topics.Add(await db.Topics.SingleAsync(t => t.Slug == topicSlug));
        await db.SaveChangesAsync();
    });

    private async Task<(Calendar Calendar, string Text)> FeedAsync(string path)
    {
        var response = await Client.Http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        return (Calendar.Load(text)!, text);
    }

    private static List<string> Uids(Calendar calendar) => calendar.Events.Select(e => e.Uid!).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task The_calendar_of_everything_holds_every_consultation_and_the_published_events_and_tells_apps_to_refresh()
    {
        await AddTwoTopicsAsync();

        var (calendar, text) = await FeedAsync("/calendar.ics");

        Assert.Equal(
            ["consultation-called-off-detention-meeting@resoma", "consultation-detention-meeting-of-2019@resoma", "consultation-detention-meeting-of-2021@resoma",
             "consultation-opinion-survey@resoma", "event-detention-workshop@resoma", "event-opinion-conference@resoma"],
            Uids(calendar));
        Assert.DoesNotContain("Draft detention seminar", text, StringComparison.Ordinal);
        Assert.Equal("ReSOMA events and consultations", calendar.Properties.Get<string>("X-WR-CALNAME"));
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT6H", text, StringComparison.Ordinal);
        Assert.Contains("X-PUBLISHED-TTL:PT6H", text, StringComparison.Ordinal);
        // In time order, whatever their kind.
        Assert.Equal(calendar.Events.Select(e => e.DtStart!.AsUtc).Order(), calendar.Events.Select(e => e.DtStart!.AsUtc));

        var meeting = calendar.Events.Single(e => e.Uid == "consultation-detention-meeting-of-2021@resoma");
        Assert.Equal("Detention meeting of 2021", meeting.Summary);
        Assert.Equal("Brussels", meeting.Location);
        Assert.Equal("http://localhost/consultations/detention-meeting-of-2021", meeting.Url!.ToString());
        Assert.Contains("Feedback meeting on the topic “Immigration detention”", meeting.Description, StringComparison.Ordinal);
        Assert.Equal("CONFIRMED", meeting.Status);
    }

    [Fact]
    public async Task The_consultations_and_events_calendars_hold_their_own_kind_only()
    {
        await AddTwoTopicsAsync();

        var (consultations, _) = await FeedAsync("/consultations/calendar.ics");
        var (events, _) = await FeedAsync("/events/calendar.ics");

        Assert.Equal("ReSOMA consultations", consultations.Properties.Get<string>("X-WR-CALNAME"));
        Assert.Equal(4, consultations.Events.Count);
        Assert.All(consultations.Events, e => Assert.StartsWith("consultation-", e.Uid, StringComparison.Ordinal));
        Assert.Equal(["event-detention-workshop@resoma", "event-opinion-conference@resoma"], Uids(events));
    }

    [Fact]
    public async Task A_cancelled_consultation_stays_in_every_calendar_marked_cancelled_so_subscribed_calendars_drop_it()
    {
        await AddTwoTopicsAsync();
        const string uid = "consultation-called-off-detention-meeting@resoma";

        foreach (var path in new[] { "/calendar.ics", "/consultations/calendar.ics", "/topics/immigration-detention/calendar.ics", "/consultations/called-off-detention-meeting/ics" })
        {
            var entry = (await FeedAsync(path)).Calendar.Events.Single(e => e.Uid == uid);
            Assert.Equal("CANCELLED", entry.Status);
            Assert.StartsWith("Cancelled. The venue is unavailable.", entry.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_public_calendar_shows_an_online_link_reserved_for_participants()
    {
        await AddTwoTopicsAsync();
        string[] files = ["/consultations/detention-meeting-of-2021/ics", "/consultations/opinion-survey/ics", "/events/detention-workshop/ics"];

        foreach (var path in PublicFeeds.Concat(["/topics/immigration-detention/calendar.ics", "/topics/public-opinion/calendar.ics"]).Concat(files))
        {
            var (calendar, text) = await FeedAsync(path);
            Assert.NotEmpty(calendar.Events);
            Assert.False(text.Contains(ParticipantsLink, StringComparison.Ordinal), $"{path} shows a participants' online link");
            Assert.DoesNotContain("meet.example.org", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_topic_calendar_holds_that_topics_consultations_and_events_of_every_cycle_and_nothing_else()
    {
        await AddTwoTopicsAsync();

        var (detention, _) = await FeedAsync("/topics/immigration-detention/calendar.ics");
        Assert.Equal("ReSOMA: Immigration detention", detention.Properties.Get<string>("X-WR-CALNAME"));
        Assert.Equal(
            ["consultation-called-off-detention-meeting@resoma", "consultation-detention-meeting-of-2019@resoma", "consultation-detention-meeting-of-2021@resoma",
             "event-detention-workshop@resoma"],
            Uids(detention));

        var (opinion, _) = await FeedAsync("/topics/public-opinion/calendar.ics");
        Assert.Equal(["consultation-opinion-survey@resoma", "event-opinion-conference@resoma"], Uids(opinion));

        // As the page does, a later cycle's address leads to the first entry's calendar.
        var later = await Client.Http.GetAsync("/topics/immigration-detention-2021/calendar.ics");
        Assert.Equal(HttpStatusCode.MovedPermanently, later.StatusCode);
        Assert.Equal("/topics/immigration-detention/calendar.ics", later.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_topic_has_no_calendar()
    {
        await AddTwoTopicsAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await Client.Http.GetAsync("/topics/no-such-topic/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.Http.GetAsync("/topics/no-such-topic")).StatusCode);
    }

    [Fact]
    public async Task An_entry_has_the_same_uid_in_its_own_file_and_in_every_calendar_it_is_in()
    {
        await AddTwoTopicsAsync();
        var file = Assert.Single((await FeedAsync("/consultations/detention-meeting-of-2021/ics")).Calendar.Events);
        Assert.Equal("consultation-detention-meeting-of-2021@resoma", file.Uid);
        var eventFile = Assert.Single((await FeedAsync("/events/detention-workshop/ics")).Calendar.Events);

        foreach (var path in new[] { "/calendar.ics", "/consultations/calendar.ics", "/topics/immigration-detention/calendar.ics" })
        {
            var calendar = (await FeedAsync(path)).Calendar;
            AssertSame(file, calendar.Events.Single(e => e.Uid == file.Uid));
        }

        foreach (var path in new[] { "/calendar.ics", "/events/calendar.ics", "/topics/immigration-detention/calendar.ics" })
        {
            AssertSame(eventFile, (await FeedAsync(path)).Calendar.Events.Single(e => e.Uid == eventFile.Uid));
        }

        // The slug never changes, so an edited title keeps the UID.
        await Factory.WithDbAsync(db => db.Consultations.Where(c => c.Slug == "detention-meeting-of-2021")
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Title, "Detention meeting of 2021 (moved)")));
        var edited = (await FeedAsync("/calendar.ics")).Calendar.Events.Single(e => e.Uid == file.Uid);
        Assert.Equal("Detention meeting of 2021 (moved)", edited.Summary);
    }

    private static void AssertSame(CalendarEvent expected, CalendarEvent actual)
    {
        Assert.Equal(expected.Summary, actual.Summary);
        Assert.Equal(expected.DtStart!.AsUtc, actual.DtStart!.AsUtc);
        Assert.Equal(expected.DtEnd!.AsUtc, actual.DtEnd!.AsUtc);
        Assert.Equal(expected.Location, actual.Location);
        Assert.Equal(expected.Description, actual.Description);
    }
}
