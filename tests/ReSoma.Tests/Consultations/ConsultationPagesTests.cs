using System.Net;
using Ical.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Consultations;

public sealed class ConsultationPagesTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_list_shows_open_and_upcoming_first_and_past_ones_apart()
    {
        await Factory.AddConsultationAsync(new NewConsultation("Later meeting") { StartsIn = TimeSpan.FromDays(20) });
        await Factory.AddConsultationAsync(new NewConsultation("Sooner survey") { Format = ConsultationFormat.OnlineSurvey, StartsIn = TimeSpan.FromDays(5) });
        await Factory.AddConsultationAsync(new NewConsultation("Old meeting") { StartsIn = TimeSpan.FromDays(-40), DeadlineIn = TimeSpan.FromDays(-45) });

        var page = await Client.GetAsync("/consultations");
        Assert.Equal(["Sooner survey", "Later meeting"], Titles(page));
        Assert.Equal(["Old meeting"], Titles(await Client.GetAsync("/consultations?show=past")));
        Assert.Equal(["Sooner survey"], Titles(await Client.GetAsync("/consultations?format=online-survey&area=migration")));

        var unknown = await Client.GetAsync("/consultations?format=poetry&area=space");
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Contains("The format \"poetry\" is not known", unknown.Text, StringComparison.Ordinal);
        Assert.Equal(2, Titles(unknown).Count);
    }

    [Fact]
    public async Task The_calendar_file_is_valid_with_a_stable_uid_and_no_private_link()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Calendar meeting") { Place = "Lisbon" });
        var response = await Client.Http.GetAsync("/consultations/calendar-meeting/ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;
        var entry = Assert.Single(calendar.Events);
        Assert.Equal("consultation-calendar-meeting@resoma", entry.Uid);
        Assert.Equal("Calendar meeting", entry.Summary);
        Assert.Equal("Lisbon", entry.Location);
        Assert.Equal(c.StartsAt.UtcDateTime, entry.DtStart!.AsUtc, TimeSpan.FromSeconds(1));
        Assert.DoesNotContain("secret-room", text, StringComparison.Ordinal);
        Assert.Equal(entry.Uid, Assert.Single(Calendar.Load(await Client.Http.GetStringAsync("/consultations/calendar-meeting/ics"))!.Events).Uid);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.Http.GetAsync("/consultations/none/ics")).StatusCode);
    }

    [Fact]
    public async Task The_page_links_to_its_calendar_file_and_the_briefs_that_drew_on_it()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Linked meeting"));
        var brief = await Factory.AddBriefAsync(new NewBrief("Options from the meeting") { Topic = "Immigration detention" });
        await Factory.WithDbAsync(async db =>
        {
            db.BriefConsultations.Add(new BriefConsultation { BriefId = brief.Id, ConsultationId = c.Id });
            await db.SaveChangesAsync();
        });
        var page = await Client.GetAsync("/consultations/linked-meeting");
        Assert.Equal("/consultations/linked-meeting/ics", page.One("#add-to-calendar")!.GetAttribute("href"));
        Assert.Equal("Options from the meeting", page.One("#briefs-heading + ul a")!.TextContent);
    }

    [Fact]
    public async Task The_topic_page_lists_its_consultations()
    {
        await Factory.AddConsultationAsync(new NewConsultation("Topic meeting"));
        var page = await Client.GetAsync("/topics/immigration-detention");
        Assert.Equal(["Topic meeting"], page.Document.QuerySelectorAll(".topic-consultations a").Select(a => a.TextContent));
    }

    private static List<string> Titles(Page page) => page.Document.QuerySelectorAll(".consultation-list h2 a").Select(a => a.TextContent).ToList();
}
