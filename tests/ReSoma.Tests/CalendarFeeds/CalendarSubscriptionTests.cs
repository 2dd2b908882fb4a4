using System.Globalization;
using System.Net;
using ReSoma.Tests.Consultations.Editor;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using Calendar = Ical.Net.Calendar;

namespace ReSoma.Tests.CalendarFeeds;

/// <summary>The calendars are found from the pages they mirror, come from the output cache like them, and show what
/// an editor saved on the very next fetch.</summary>
public sealed class CalendarSubscriptionTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static Dictionary<string, string> MeetingForm(int topicId) => new()
    {
        ["Title"] = "Feedback meeting on detention",
        ["TopicId"] = topicId.ToString(CultureInfo.InvariantCulture),
        ["Format"] = nameof(ConsultationFormat.FeedbackMeeting),
        ["Description"] = "Introductions, then **alternatives** to detention.",
        ["StartsAt"] = "2031-03-05T14:00",
        ["EndsAt"] = "2031-03-05T17:30",
        ["RegistrationDeadline"] = "2031-03-01T23:59",
        ["TimeZoneChoice"] = "Europe/Brussels",
        ["OtherTimeZone"] = "",
        ["Place"] = "Brussels, Residence Palace",
        ["OnlineLink"] = "https://meet.example.org/resoma-participants",
        ["Capacity"] = "12",
        ["AllowedRoles"] = Roles.Practitioner,
    };

    /// <summary>An anonymous fetch by a new visitor; <c>Age</c> says the answer came from the output cache.</summary>
    private async Task<(Calendar Calendar, string Text, bool FromCache)> FetchAsync(string path)
    {
        var response = await NewClient().Http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        var text = await response.Content.ReadAsStringAsync();
        return (Calendar.Load(text)!, text, response.Headers.Age is not null);
    }

    [Fact]
    public async Task A_consultation_and_an_event_an_editor_publishes_are_in_the_cached_calendars_on_the_next_fetch()
    {
        var topicId = await Factory.TopicIdAsync();
        var topicSlug = Factory.WithDb(db => db.Topics.Single(t => t.Id == topicId).Slug);
        var draft = await Factory.AddEventAsync(new NewEvent("Workshop to come") { Published = false });
        string[] feeds = ["/calendar.ics", "/consultations/calendar.ics", $"/topics/{topicSlug}/calendar.ics"];
        foreach (var feed in feeds)
        {
            Assert.Empty((await FetchAsync(feed)).Calendar.Events);
            Assert.True((await FetchAsync(feed)).FromCache, $"{feed} was not answered from the output cache");
        }

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        var created = await editor.SubmitAsync("/editor/consultations/new", MeetingForm(topicId));
        Assert.True(created.Status == HttpStatusCode.Redirect, string.Join(" ", created.Errors));

        // A new consultation is a draft: in no calendar until it is published.
        Assert.Empty((await FetchAsync("/consultations/calendar.ics")).Calendar.Events);
        var consultationId = Factory.WithDb(db => db.Consultations.Single().Id);
        var consultationEdit = $"/editor/consultations/{consultationId}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(consultationEdit, new Dictionary<string, string>(), $"/editor/consultations/{consultationId}/publish")).Status);

        foreach (var feed in feeds)
        {
            var (calendar, text, fromCache) = await FetchAsync(feed);
            Assert.False(fromCache, $"{feed} came from the cache after the save");
            Assert.Equal("consultation-feedback-meeting-on-detention@resoma", Assert.Single(calendar.Events).Uid);
            Assert.DoesNotContain("resoma-participants", text, StringComparison.Ordinal);
        }

        Assert.True((await FetchAsync("/calendar.ics")).FromCache);
        var edit = await editor.GetAsync($"/editor/events/{draft.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/events/{draft.Id}/publish")).Status);
        Assert.Contains((await FetchAsync("/calendar.ics")).Calendar.Events, e => e.Uid == "event-workshop-to-come@resoma");
    }

    [Theory]
    [InlineData("/consultations", "/consultations/calendar.ics")]
    [InlineData("/events", "/events/calendar.ics")]
    [InlineData("/events?view=calendar", "/events/calendar.ics")]
    [InlineData("/topics/immigration-detention", "/topics/immigration-detention/calendar.ics")]
    public async Task Pages_offer_their_calendar_to_subscribe_to_and_name_it_in_their_head(string page, string feed)
    {
        await Factory.AddConsultationAsync(new NewConsultation("Topic meeting"));

        var shown = await Client.GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Equal(feed, shown.One("#subscribe")!.GetAttribute("href"));
        Assert.Equal("Subscribe to the calendar", shown.One("#subscribe")!.TextContent);
        Assert.Equal("http://localhost" + feed, shown.One("#calendar-address")!.GetAttribute("value"));
        Assert.Contains("webcal://", shown.One("#subscribe-how")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/calendar.ics", shown.One("#subscribe-everything")!.GetAttribute("href"));
        Assert.Equal([feed, "/calendar.ics"], shown.Document.QuerySelectorAll("head link[rel=alternate][type='text/calendar']").Select(l => l.GetAttribute("href")));

        // Every calendar a page names answers.
        foreach (var path in new[] { feed, "/calendar.ics" })
        {
            Assert.StartsWith("BEGIN:VCALENDAR", await (await Client.Http.GetAsync(path)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
