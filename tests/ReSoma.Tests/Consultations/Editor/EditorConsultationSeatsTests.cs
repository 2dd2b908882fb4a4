using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Consultations.Editor.ConsultationTestData;

namespace ReSoma.Tests.Consultations.Editor;

public sealed class EditorConsultationSeatsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_capacity_below_the_confirmed_seats_is_refused_and_nothing_is_saved()
    {
        var consultation = await Factory.AddConsultationAsync(Meeting(seats: 2));
        await Factory.RegisterAsync(consultation, Researcher, Policymaker, Practitioner);
        await Client.LoginAsRoleAsync(Roles.Editor);

        var page = await Client.SubmitAsync(consultation.EditUrl(), new Dictionary<string, string> { ["Capacity"] = "1", ["Place"] = "Somewhere else" }, consultation.EditUrl());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("2 people already have a seat, so there must be at least 2 seats.", page.Errors);
        Assert.Equal("1", page.One("#Capacity")!.GetAttribute("value"));
        Assert.Equal(2, Factory.WithDb(db => db.SeatPools.Single().Capacity));
        Assert.Equal("Brussels", Factory.WithDb(db => db.Consultations.Single().Place));
        Assert.Empty(Mailbox.Messages);
    }

    [Fact]
    public async Task More_seats_go_to_the_first_people_waiting_who_are_told_by_mail()
    {
        var consultation = await Factory.AddConsultationAsync(Meeting(seats: 1));
        await Factory.AddPersonAsync("Ana Ribeiro", "ana@example.org");
        await Factory.RegisterAsync(consultation, Researcher, Policymaker, "ana@example.org");
        await Client.LoginAsRoleAsync(Roles.Editor);

        var saved = await Client.SubmitAsync(consultation.EditUrl(), new Dictionary<string, string> { ["Capacity"] = "2" }, consultation.EditUrl());
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var seats = Factory.SeatsByStatus(consultation);
        Assert.Equal([Researcher, Policymaker], seats[SeatStatus.Confirmed]);
        Assert.Equal(["ana@example.org"], seats[SeatStatus.Waitlisted]);

        var mail = Assert.Single(Mailbox.Messages);
        Assert.Equal(Policymaker, mail.To.Mailboxes.Single().Address);
        Assert.Equal("A seat is yours: Feedback meeting on detention", mail.Subject);

        var page = await Client.GetAsync(saved.Location!);
        Assert.Contains("People promoted from the waitlist to the new seats: 1.", page.One("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2 of 2 seats taken; 1 on the waitlist.", page.One("#seat-summary")!.TextContent);
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_reinstating_undoes_it()
    {
        var consultation = await Factory.AddConsultationAsync(Meeting(seats: 1));
        await Factory.RegisterAsync(consultation, Researcher, Policymaker);
        await Client.LoginAsRoleAsync(Roles.Editor);
        var cancel = $"/editor/consultations/{consultation.Id}/cancel";

        var refused = await Client.SubmitAsync(consultation.EditUrl(), new Dictionary<string, string> { ["Reason"] = " " }, cancel);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Say why the consultation is cancelled; visitors and participants will see the reason.", refused.Errors);
        Assert.False(Factory.WithDb(db => db.Consultations.Single().IsCancelled));

        var done = await Client.SubmitAsync(consultation.EditUrl(), new Dictionary<string, string> { ["Reason"] = "The venue flooded." }, cancel);
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var stored = Factory.WithDb(db => db.Consultations.Single());
        Assert.True(stored.IsCancelled);
        Assert.Equal("The venue flooded.", stored.CancellationReason);
        var list = await Client.GetAsync("/editor/consultations");
        Assert.Equal("cancelled", list.One($"tr[data-slug={consultation.Slug}] .state")!.TextContent);
        var publicPage = await NewClient().GetAsync($"/consultations/{consultation.Slug}");
        Assert.Contains("The venue flooded.", publicPage.One("#cancelled-notice")!.TextContent, StringComparison.Ordinal);
        foreach (var participant in new[] { Researcher, Policymaker })
        {
            var mail = Assert.Single(Mailbox.To(participant));
            Assert.Equal("Cancelled: " + consultation.Title, mail.Subject);
            Assert.Contains("The venue flooded.", mail.TextBody, StringComparison.Ordinal);
        }

        var reinstate = $"/editor/consultations/{consultation.Id}/reinstate";
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(consultation.EditUrl(), new Dictionary<string, string>(), reinstate)).Status);
        stored = Factory.WithDb(db => db.Consultations.Single());
        Assert.False(stored.IsCancelled);
        Assert.Null(stored.CancellationReason);
        Assert.Null((await NewClient().GetAsync($"/consultations/{consultation.Slug}")).One("#cancelled-notice"));
    }

    [Fact]
    public async Task The_list_shows_upcoming_first_then_past_with_status_seats_and_work_to_do()
    {
        var later = await Factory.AddConsultationAsync(Meeting("Later meeting", seats: 5, startsInDays: 60));
        var full = await Factory.AddConsultationAsync(Meeting("Full meeting", seats: 1, startsInDays: 10));
        await Factory.AddConsultationAsync(Meeting("Cancelled meeting", startsInDays: 20, cancelled: true));
        await Factory.AddConsultationAsync(Meeting("Past meeting", startsInDays: -30));
        await Factory.AddConsultationAsync(Meeting("Older meeting", startsInDays: -90));
        await Factory.RegisterAsync(full, Researcher, Policymaker);
        await Factory.AddContributionAsync(later, Practitioner, "My view");
        await Client.LoginAsRoleAsync(Roles.Editor);

        var page = await Client.GetAsync("/editor/consultations");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.One("a.btn[href='/editor/consultations/new']"));
        Assert.Equal(["full-meeting", "cancelled-meeting", "later-meeting"], Slugs(page, "#upcoming"));
        Assert.Equal(["past-meeting", "older-meeting"], Slugs(page, "#past"));

        string Cell(string slug, string css) => page.One($"tr[data-slug={slug}] {css}")!.TextContent.Trim();
        Assert.Equal("full", Cell("full-meeting", ".state"));
        Assert.Equal("1 / 1", Cell("full-meeting", ".seats"));
        Assert.Equal("1", Cell("full-meeting", ".waitlist"));
        Assert.Equal("open", Cell("later-meeting", ".state"));
        Assert.Equal("1", Cell("later-meeting", ".awaiting"));
        Assert.Equal("closed", Cell("past-meeting", ".state"));
    }

    private static List<string> Slugs(Page page, string section) =>
        page.Document.QuerySelectorAll($"{section} tbody tr").Select(r => r.GetAttribute("data-slug")!).ToList();
}
