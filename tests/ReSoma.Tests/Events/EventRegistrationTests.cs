using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Events;

public sealed class EventRegistrationTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Researcher = "researcher@resoma.local";

    private static Task<Page> Register(PortalClient client, string slug) =>
        client.SubmitAsync($"/events/{slug}", new Dictionary<string, string>(), $"/events/{slug}/register");

    private static Task<Page> Cancel(PortalClient client, string slug) =>
        client.SubmitAsync($"/events/{slug}", new Dictionary<string, string>(), $"/events/{slug}/cancel");

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(email, PortalFactory.Password)).Status);
        return client;
    }

    private static NewEvent Webinar(int seats, string title = "Seat webinar") =>
        new(title) { Kind = EventKind.Webinar, Seats = seats, Venue = null, City = null, DeadlineIn = TimeSpan.FromDays(5).Add(TimeSpan.FromHours(1)) };

    [Fact]
    public async Task A_stakeholder_gets_a_seat_and_a_mail_and_only_then_sees_the_online_link()
    {
        var e = await Factory.AddEventAsync(Webinar(3));
        var anonymous = await Client.GetAsync("/events/seat-webinar");
        Assert.Null(anonymous.One("#online-link"));
        Assert.Equal("The link to join online is shown here to participants with a confirmed seat.", anonymous.One("#online-link-note")!.TextContent);
        Assert.Contains("/account/login?returnUrl=%2Fevents%2Fseat-webinar", anonymous.One("#login-to-register")!.GetAttribute("href"), StringComparison.Ordinal);

        await Client.LoginAsRoleAsync(Roles.Researcher);
        var before = await Client.GetAsync("/events/seat-webinar");
        Assert.Contains("3 seats left", before.One("#seats")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Registration closes in 5 days", before.One("#deadline")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(before.One("#online-link"));

        var done = await Register(Client, "seat-webinar");
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var page = await Client.GetAsync(done.Location!);
        Assert.Equal("You are registered: your seat is confirmed. We have sent you an email.", page.One("[role=status]")!.TextContent);
        Assert.Equal("Your seat is confirmed.", page.One("#my-status")!.TextContent);
        Assert.Contains("2 seats left", page.One("#seats")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://meet.example.org/secret-room", page.One("#online-link")!.GetAttribute("href"));
        // Still nobody else's.
        Assert.Null((await NewClient().GetAsync("/events/seat-webinar")).One("#online-link"));

        var mail = Assert.Single(Mailbox.To(Researcher));
        Assert.Equal("Your seat: Seat webinar", mail.Subject);
        Assert.Contains("https://meet.example.org/secret-room", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("/events/seat-webinar", Mailbox.LinkIn(mail, "/events/"));
        Assert.Equal([Researcher], Factory.SeatsOf(e)[SeatStatus.Confirmed]);
    }

    [Fact]
    public async Task When_full_people_wait_in_order_and_a_cancellation_promotes_the_first_with_mails_to_both()
    {
        var e = await Factory.AddEventAsync(Webinar(1, "Small room"));
        var emails = await Factory.AddStakeholdersAsync(3);
        var first = await SignedInAsync(emails[0]);
        var second = await SignedInAsync(emails[1]);
        var third = await SignedInAsync(emails[2]);
        await Register(first, "small-room");
        Assert.Equal("Join the waitlist", (await second.GetAsync("/events/small-room")).One("form[action$='/register'] button")!.TextContent);
        var waiting = await second.GetAsync((await Register(second, "small-room")).Location!);
        Assert.Contains("you are on the waitlist, in position 1", waiting.Text, StringComparison.Ordinal);
        await Register(third, "small-room");
        Assert.Equal("You are on the waitlist, in position 2.", (await third.GetAsync("/events/small-room")).One("#my-status")!.TextContent);
        var waitMail = Assert.Single(Mailbox.To(emails[2]));
        Assert.Equal("On the waitlist: Small room", waitMail.Subject);
        Assert.Contains("in position 2", waitMail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Full · 2 on the waitlist", (await Client.GetAsync("/events/small-room")).One("#seats")!.TextContent, StringComparison.Ordinal);
        Assert.Null(waiting.One("#online-link"));

        var cancelled = await Cancel(first, "small-room");
        Assert.Equal("/events/small-room?done=cancelled", cancelled.Location);

        Assert.Equal("Registration cancelled: Small room", Mailbox.To(emails[0]).Last().Subject);
        Assert.Equal("A seat is yours: Small room", Mailbox.To(emails[1]).Last().Subject);
        Assert.Single(Mailbox.To(emails[2]));
        var seats = Factory.SeatsOf(e);
        Assert.Equal([emails[0]], seats[SeatStatus.Cancelled]);
        Assert.Equal([emails[1]], seats[SeatStatus.Confirmed]);
        Assert.Equal([emails[2]], seats[SeatStatus.Waitlisted]);
        Assert.Equal("You are on the waitlist, in position 1.", (await third.GetAsync("/events/small-room")).One("#my-status")!.TextContent);
        Assert.Equal("https://meet.example.org/secret-room", (await second.GetAsync("/events/small-room")).One("#online-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Registering_twice_is_refused_and_changes_nothing()
    {
        var e = await Factory.AddEventAsync(Webinar(3, "Twice"));
        await Client.LoginAsRoleAsync(Roles.Practitioner);
        await Register(Client, "twice");
        var token = await Client.TokenAsync("/events/twice");
        var again = await Client.PostAsync("/events/twice/register", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("You are already registered: your seat is confirmed.", again.Errors);
        Assert.Single(Factory.SeatsOf(e)[SeatStatus.Confirmed]);
        Assert.Single(Mailbox.Messages);
    }

    [Fact]
    public async Task After_the_deadline_or_once_started_registration_is_closed()
    {
        await Factory.AddEventAsync(Webinar(3, "Too late") with { DeadlineIn = TimeSpan.FromHours(-1) });
        await Factory.AddEventAsync(Webinar(3, "Already started") with { StartsIn = TimeSpan.FromHours(-1), DeadlineIn = null });
        await Client.LoginAsRoleAsync(Roles.Researcher);
        foreach (var slug in new[] { "too-late", "already-started" })
        {
            var page = await Client.GetAsync("/events/" + slug);
            Assert.Equal("Registration is closed.", page.One("#deadline")!.TextContent.Trim());
            Assert.Null(page.One($"form[action='/events/{slug}/register']"));
            var token = await Client.TokenAsync("/events/" + slug);
            var refused = await Client.PostAsync($"/events/{slug}/register", [new("__RequestVerificationToken", token)]);
            Assert.Equal(HttpStatusCode.Conflict, refused.Status);
            Assert.Contains(refused.Errors, m => m.StartsWith("Registration closed on", StringComparison.Ordinal));
        }

        Assert.Equal(0, Factory.WithDb(db => db.SeatRegistrations.Count()));
        Assert.Empty(Mailbox.Messages);
    }

    [Fact]
    public async Task An_event_without_registration_takes_none_and_shows_its_link_to_everyone()
    {
        await Factory.AddEventAsync(new NewEvent("Open webinar") { Kind = EventKind.Webinar, Venue = null, City = null });
        var page = await Client.GetAsync("/events/open-webinar");
        Assert.Equal("https://meet.example.org/secret-room", page.One("#online-link")!.GetAttribute("href"));
        Assert.Null(page.One("#seats"));
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var token = await Client.TokenAsync("/events/open-webinar");
        var refused = await Client.PostAsync("/events/open-webinar/register", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("This event takes no registrations: everyone is welcome without one.", refused.Errors);
        Assert.Equal(0, Factory.WithDb(db => db.SeatPools.Count()));
    }

    [Fact]
    public async Task Only_signed_in_stakeholders_may_register_and_unknown_or_unpublished_events_are_404()
    {
        var e = await Factory.AddEventAsync(Webinar(3, "Stakeholders only"));
        await Factory.AddEventAsync(Webinar(3, "Not yet public") with { Published = false });
        var token = await Client.TokenAsync();
        var anonymous = await Client.PostAsync("/events/stakeholders-only/register", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        Assert.Contains("/account/login", anonymous.Location, StringComparison.Ordinal);

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        const string StakeholdersOnly = "This event is open to researchers, policymakers and practitioners only.";
        Assert.Equal(StakeholdersOnly, (await editor.GetAsync("/events/stakeholders-only")).One("#stakeholders-only")!.TextContent);
        var editorToken = await editor.TokenAsync("/events/stakeholders-only");
        var refused = await editor.PostAsync("/events/stakeholders-only/register", [new("__RequestVerificationToken", editorToken)]);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains(StakeholdersOnly, refused.Errors);
        Assert.Empty(Factory.SeatsOf(e));

        await Client.LoginAsRoleAsync(Roles.Researcher);
        var authed = await Client.TokenAsync("/events/stakeholders-only");
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsync("/events/no-such-event/register", [new("__RequestVerificationToken", authed)])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsync("/events/not-yet-public/register", [new("__RequestVerificationToken", authed)])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostAsync("/events/no-such-event/cancel", [new("__RequestVerificationToken", authed)])).Status);
        Assert.Equal(0, Factory.WithDb(db => db.SeatRegistrations.Count()));
    }

    [Fact]
    public async Task Cancelling_without_a_registration_is_refused_politely()
    {
        await Factory.AddEventAsync(Webinar(3, "Nothing to cancel"));
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var token = await Client.TokenAsync("/events/nothing-to-cancel");
        var refused = await Client.PostAsync("/events/nothing-to-cancel/cancel", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("You have no registration to cancel.", refused.Errors);
        Assert.Empty(Mailbox.Messages);
    }

    [Fact]
    public async Task Personal_data_lists_my_event_registrations_and_deleting_my_account_gives_my_seat_away()
    {
        var e = await Factory.AddEventAsync(Webinar(1, "Leaving"));
        var emails = await Factory.AddStakeholdersAsync(2);
        var leaver = await SignedInAsync(emails[0]);
        await Register(leaver, "leaving");
        await Register(await SignedInAsync(emails[1]), "leaving");

        var json = await leaver.Http.GetStringAsync("/account/personal-data/download");
        Assert.Contains("\"registrations\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"event\"", json, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Leaving\"", json, StringComparison.Ordinal);

        await leaver.SubmitAsync("/account/personal-data", new Dictionary<string, string> { ["Password"] = PortalFactory.Password });
        Assert.Equal([emails[1]], Factory.SeatsOf(e)[SeatStatus.Confirmed]);
        Assert.Equal("A seat is yours: Leaving", Mailbox.To(emails[1]).Last().Subject);
    }
}
