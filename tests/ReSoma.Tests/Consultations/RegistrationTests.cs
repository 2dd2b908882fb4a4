using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Consultations;

public sealed class RegistrationTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static Task<Page> Register(PortalClient client, string slug) =>
        client.SubmitAsync($"/consultations/{slug}", new Dictionary<string, string>(), $"/consultations/{slug}/register");

    private static Task<Page> Cancel(PortalClient client, string slug) =>
        client.SubmitAsync($"/consultations/{slug}", new Dictionary<string, string>(), $"/consultations/{slug}/cancel");

    private async Task<PortalClient> StakeholderAsync(string email)
    {
        var client = NewClient();
        var login = await client.LoginAsync(email, PortalFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.Status);
        return client;
    }

    [Fact]
    public async Task A_stakeholder_gets_a_seat_a_mail_and_then_sees_the_online_link()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Seat test") { Seats = 3 });
        Assert.Null((await Client.GetAsync("/consultations/seat-test")).One("#online-link"));
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var before = await Client.GetAsync("/consultations/seat-test");
        Assert.Contains("3 seats left", before.One("#seats")!.TextContent, StringComparison.Ordinal);
        Assert.Null(before.One("#online-link"));

        var done = await Register(Client, "seat-test");
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var page = await Client.GetAsync(done.Location!);
        Assert.Contains("your seat is confirmed", page.Text, StringComparison.Ordinal);
        Assert.Equal("Your seat is confirmed.", page.One("#my-status")!.TextContent);
        Assert.Contains("2 seats left", page.One("#seats")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://meet.example.org/secret-room", page.One("#online-link")!.GetAttribute("href"));

        var mail = Assert.Single(Mailbox.To("researcher@resoma.local"));
        Assert.Equal("Your seat: Seat test", mail.Subject);
        Assert.Equal(SeatStatus.Confirmed, Factory.WithDb(db => db.SeatRegistrations.Single(r => r.SeatPoolId == c.SeatPoolId).Status));
    }

    [Fact]
    public async Task The_page_says_seats_and_deadline_in_words()
    {
        await Factory.AddConsultationAsync(new NewConsultation("Words test") { Seats = 1, DeadlineIn = TimeSpan.FromDays(2).Add(TimeSpan.FromHours(1)) });
        var page = await Client.GetAsync("/consultations/words-test");
        Assert.Contains("1 seat left", page.One("#seats")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Registration closes in 2 days", page.One("#deadline")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_twice_is_refused_and_changes_nothing()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Twice"));
        await Client.LoginAsRoleAsync(Roles.Practitioner);
        await Register(Client, "twice");
        var token = await Client.TokenAsync("/consultations/twice");
        var again = await Client.PostAsync("/consultations/twice/register", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("You are already registered: your seat is confirmed.", again.Errors);
        Assert.Equal(1, Factory.WithDb(db => db.SeatRegistrations.Count(r => r.SeatPoolId == c.SeatPoolId)));
        Assert.Single(Mailbox.Messages);
    }

    [Fact]
    public async Task After_the_deadline_registration_is_closed()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Too late") { DeadlineIn = TimeSpan.FromHours(-1) });
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var page = await Client.GetAsync("/consultations/too-late");
        Assert.Equal("Registration is closed.", page.One("#deadline")!.TextContent.Trim());
        var token = await Client.TokenAsync("/consultations/too-late");
        var refused = await Client.PostAsync("/consultations/too-late/register", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains(refused.Errors, e => e.StartsWith("Registration closed on", StringComparison.Ordinal));
        Assert.Equal(0, Factory.WithDb(db => db.SeatRegistrations.Count(r => r.SeatPoolId == c.SeatPoolId)));
    }

    [Fact]
    public async Task Only_the_allowed_roles_may_register()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Policymakers only") { AllowedRoles = Roles.Policymaker });
        await Client.LoginAsRoleAsync(Roles.Researcher);
        Assert.Contains("open to policymakers only", (await Client.GetAsync("/consultations/policymakers-only")).Text, StringComparison.Ordinal);
        var token = await Client.TokenAsync("/consultations/policymakers-only");
        var refused = await Client.PostAsync("/consultations/policymakers-only/register", [new("__RequestVerificationToken", token)]);
        Assert.Contains("This consultation is open to policymakers only.", refused.Errors);

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        var editorToken = await editor.TokenAsync("/consultations/policymakers-only");
        Assert.Equal(HttpStatusCode.Conflict, (await editor.PostAsync("/consultations/policymakers-only/register", [new("__RequestVerificationToken", editorToken)])).Status);
        Assert.Equal(0, Factory.WithDb(db => db.SeatRegistrations.Count(r => r.SeatPoolId == c.SeatPoolId)));
    }

    [Fact]
    public async Task A_cancelled_consultation_takes_no_registrations()
    {
        await Factory.AddConsultationAsync(new NewConsultation("Called off") { IsCancelled = true });
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var page = await Client.GetAsync("/consultations/called-off");
        Assert.Contains("The venue is unavailable.", page.One("#cancelled-notice")!.TextContent, StringComparison.Ordinal);
        var token = await Client.TokenAsync("/consultations/called-off");
        var refused = await Client.PostAsync("/consultations/called-off/register", [new("__RequestVerificationToken", token)]);
        Assert.Contains("This consultation has been cancelled, so registration is closed.", refused.Errors);
    }

    [Fact]
    public async Task Anonymous_visitors_are_asked_to_log_in_and_tampered_slugs_are_404()
    {
        await Factory.AddConsultationAsync(new NewConsultation("Open one"));
        var page = await Client.GetAsync("/consultations/open-one");
        Assert.Contains("/account/login?returnUrl=%2Fconsultations%2Fopen-one", page.One("a.btn-primary[href*='login']")!.GetAttribute("href"), StringComparison.Ordinal);
        var token = await Client.TokenAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostAsync("/consultations/open-one/register", [new("__RequestVerificationToken", token)])).Status);

        await Client.LoginAsRoleAsync(Roles.Researcher);
        var authed = await Client.TokenAsync("/consultations/open-one");
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsync("/consultations/no-such-one/register", [new("__RequestVerificationToken", authed)])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/consultations/no-such-one")).Status);
    }

    [Fact]
    public async Task When_full_you_join_the_waitlist_and_a_cancellation_promotes_the_first_in_line()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Small room") { Seats = 1 });
        var emails = await Factory.AddStakeholdersAsync(3);
        var first = await StakeholderAsync(emails[0]);
        var second = await StakeholderAsync(emails[1]);
        var third = await StakeholderAsync(emails[2]);
        await Register(first, "small-room");
        var waiting = await second.GetAsync((await Register(second, "small-room")).Location!);
        Assert.Contains("you are on the waitlist, in position 1", waiting.Text, StringComparison.Ordinal);
        await Register(third, "small-room");
        Assert.Equal("On the waitlist: Small room", Mailbox.To(emails[1]).Single().Subject);
        Assert.Contains("Full · 2 on the waitlist", (await Client.GetAsync("/consultations/small-room")).One("#seats")!.TextContent, StringComparison.Ordinal);

        var cancelled = await Cancel(first, "small-room");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);

        Assert.Equal("A seat is yours: Small room", Mailbox.To(emails[1]).Last().Subject);
        Assert.Single(Mailbox.To(emails[2]));
        var statuses = Factory.WithDb(db => db.SeatRegistrations.Where(r => r.SeatPoolId == c.SeatPoolId).Include(r => r.User).ToDictionary(r => r.User!.Email!, r => r.Status));
        Assert.Equal(SeatStatus.Cancelled, statuses[emails[0]]);
        Assert.Equal(SeatStatus.Confirmed, statuses[emails[1]]);
        Assert.Equal(SeatStatus.Waitlisted, statuses[emails[2]]);
        Assert.Equal("You are on the waitlist, in position 1.", (await third.GetAsync("/consultations/small-room")).One("#my-status")!.TextContent);
    }

    [Fact]
    public async Task My_registrations_lists_only_mine_and_lets_me_cancel()
    {
        await Factory.AddConsultationAsync(new NewConsultation("First meeting") { Seats = 1 });
        await Factory.AddConsultationAsync(new NewConsultation("Second meeting") { Seats = 0 });
        await Factory.AddConsultationAsync(new NewConsultation("Not mine"));
        await Client.LoginAsRoleAsync(Roles.Researcher);
        await Register(Client, "first-meeting");
        await Register(Client, "second-meeting");
        var other = NewClient();
        await other.LoginAsRoleAsync(Roles.Practitioner);
        await Register(other, "not-mine");

        var mine = await Client.GetAsync("/account/registrations");
        var rows = mine.Document.QuerySelectorAll("#my-registrations tbody tr").ToList();
        Assert.Equal(["First meeting", "Second meeting"], rows.Select(r => r.QuerySelector("a")!.TextContent));
        Assert.Equal(["Seat confirmed", "Waitlist, position 1"], rows.Select(r => r.QuerySelector(".registration-status")!.TextContent.Trim()));

        var cancelled = await Client.SubmitAsync(mine, new Dictionary<string, string>(), "/consultations/first-meeting/cancel");
        Assert.Equal("/account/registrations?done=cancelled", cancelled.Location);
        Assert.Single((await Client.GetAsync("/account/registrations")).Document.QuerySelectorAll("#my-registrations tbody tr"));
        Assert.Equal(HttpStatusCode.Redirect, (await NewClient().GetAsync("/account/registrations")).Status);
    }

    [Fact]
    public async Task Deleting_an_account_gives_its_seat_to_the_waitlist()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Leaving") { Seats = 1 });
        var emails = await Factory.AddStakeholdersAsync(2);
        var leaver = await StakeholderAsync(emails[0]);
        await Register(leaver, "leaving");
        await Register(await StakeholderAsync(emails[1]), "leaving");
        await leaver.SubmitAsync("/account/personal-data", new Dictionary<string, string> { ["Password"] = PortalFactory.Password });
        Assert.Equal(SeatStatus.Confirmed, Factory.WithDb(db => db.SeatRegistrations.Single(r => r.SeatPoolId == c.SeatPoolId).Status));
        Assert.Equal("A seat is yours: Leaving", Mailbox.To(emails[1]).Last().Subject);
    }

    [Fact]
    public async Task My_personal_data_includes_my_registrations()
    {
        await Factory.AddConsultationAsync(new NewConsultation("Exported"));
        await Client.LoginAsRoleAsync(Roles.Researcher);
        await Register(Client, "exported");
        var json = await Client.Http.GetStringAsync("/account/personal-data/download");
        Assert.Contains("\"kind\": \"consultation\"", json, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Exported\"", json, StringComparison.Ordinal);
    }
}
