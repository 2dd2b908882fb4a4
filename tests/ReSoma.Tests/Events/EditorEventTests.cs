using System.Globalization;
using System.Net;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Events;

public sealed class EditorEventTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string NewUrl = "/editor/events/new";

    private async Task<int> TopicIdAsync()
    {
        await Factory.AddCycleAsync(2031, topics: ("Funding integration", Area.Integration));
        return Factory.WithDb(db => db.Topics.Single().Id);
    }

    private static Dictionary<string, string> Form(int topicId) => new()
    {
        ["Title"] = "ReSOMA final conference, Lisbon",
        ["Kind"] = nameof(EventKind.Conference),
        ["Summary"] = "Two days in Lisbon.",
        ["Description"] = "## Themes\n\nFunding, cities, **research and policy**.",
        ["StartsAt"] = "2031-07-01T09:00",
        ["EndsAt"] = "2031-07-02T17:00",
        ["TimeZoneChoice"] = "Europe/Lisbon",
        ["OtherTimeZone"] = "",
        ["Venue"] = "Auditorium, Avenida da Liberdade 110",
        ["City"] = "Lisbon",
        ["OnlineLink"] = "",
        ["TopicIds"] = topicId.ToString(CultureInfo.InvariantCulture),
        ["TakesRegistrations"] = "true",
        ["Capacity"] = "2",
        ["RegistrationDeadline"] = "2031-06-25T18:00",
        ["Sessions"] = "2031-07-01 09:30-10:30 | Opening | Ana Silva; Jan de Vries | Linking research and policy\n2031-07-02 15:00-16:00 | Closing: the move to IMISCOE",
    };

    private async Task<(int Id, string EditUrl)> CreateAsync(Dictionary<string, string> form)
    {
        var created = await Client.SubmitAsync(NewUrl, form);
        Assert.True(created.Status == HttpStatusCode.Redirect, string.Join(" ", created.Errors));
        var id = Factory.WithDb(db => db.Events.OrderBy(e => e.Id).Last().Id);
        Assert.Equal($"/editor/events/{id}/edit?done=created", created.Location);
        return (id, $"/editor/events/{id}/edit");
    }

    private Event Stored(int id) => Factory.WithDb(db => db.Events.AsNoTracking()
        .Include(e => e.Seats).Include(e => e.Sessions).Include(e => e.Topics).Include(e => e.Search).Single(e => e.Id == id));

    [Fact]
    public async Task An_editor_creates_a_draft_with_times_in_utc_its_programme_topics_and_seats()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var topicId = await TopicIdAsync();
        var (id, edit) = await CreateAsync(Form(topicId));

        var e = Stored(id);
        Assert.Equal("resoma-final-conference-lisbon", e.Slug);
        Assert.Equal(EventKind.Conference, e.Kind);
        Assert.False(e.IsPublished);
        Assert.Equal("Europe/Lisbon", e.TimeZoneId);
        // Lisbon is UTC+1 in summer.
        Assert.Equal(new DateTimeOffset(2031, 7, 1, 8, 0, 0, TimeSpan.Zero), e.StartsAt);
        Assert.Equal(new DateTimeOffset(2031, 7, 2, 16, 0, 0, TimeSpan.Zero), e.EndsAt);
        Assert.Equal(new DateTimeOffset(2031, 6, 25, 17, 0, 0, TimeSpan.Zero), e.RegistrationDeadline);
        Assert.Equal(2, e.Seats!.Capacity);
        Assert.Null(e.OnlineLink);
        Assert.Equal([topicId], e.Topics.Select(t => t.Id));
        var sessions = e.Sessions.OrderBy(s => s.StartsAt).ToList();
        Assert.Equal(["Opening", "Closing: the move to IMISCOE"], sessions.Select(s => s.Title));
        Assert.Equal(new DateTimeOffset(2031, 7, 1, 8, 30, 0, TimeSpan.Zero), sessions[0].StartsAt);
        Assert.Equal("Ana Silva; Jan de Vries", sessions[0].Speakers);
        Assert.Equal("Linking research and policy", sessions[0].Themes);
        Assert.False(e.Search!.IsPublic);
        Assert.Contains("Funding integration", e.Search.Keywords, StringComparison.Ordinal);

        // A draft: not public yet, but its form reads back as typed.
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/events/resoma-final-conference-lisbon")).Status);
        var page = await Client.GetAsync(edit + "?done=created");
        Assert.Equal("Event created as a draft. Publish it when it is ready.", page.One("[role=status]")!.TextContent);
        Assert.Equal("2031-07-01T09:00", page.One("#StartsAt")!.GetAttribute("value"));
        Assert.Equal("Europe/Lisbon", page.One("#TimeZoneChoice option[selected]")!.GetAttribute("value"));
        Assert.Equal(Form(topicId)["Sessions"], page.One("#Sessions")!.TextContent.Trim().Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.NotNull(page.One($"#topic-{topicId}[checked]"));
        Assert.Equal("Draft", page.One("#publication-state")!.TextContent);
    }

    [Fact]
    public async Task Invalid_input_is_refused_with_clear_messages_and_kept()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = Form(await TopicIdAsync());
        form["Title"] = "";
        form["EndsAt"] = "2031-07-01T08:00";
        form["Venue"] = "";
        form["City"] = "";
        var page = await Client.SubmitAsync(NewUrl, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Give the event a title.", page.Errors);

        form["Title"] = "Conference";
        page = await Client.SubmitAsync(NewUrl, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("The end must be after the start.", page.Errors);
        Assert.Contains("Say where the event happens: a venue or a city, or an online link.", page.Errors);
        Assert.Equal("2031-07-01T08:00", page.One("#EndsAt")!.GetAttribute("value"));

        form = Form(await Factory.WithDbAsync(db => db.Topics.Select(t => t.Id).SingleAsync()));
        form["Sessions"] = "2031-07-03 09:00-10:00 | After the end\nno time | Broken";
        form["RegistrationDeadline"] = "2031-07-01T10:00";
        form["Capacity"] = "0";
        form["OnlineLink"] = "javascript:alert(1)";
        form["Slug"] = "Not A Slug";
        page = await Client.SubmitAsync(NewUrl, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains(page.Errors, e => e.StartsWith("Programme, line 1: the session is not within the event", StringComparison.Ordinal));
        Assert.Contains(page.Errors, e => e.StartsWith("Programme, line 2: start with the date and times", StringComparison.Ordinal));
        Assert.Contains("The registration deadline cannot be after the start: registration closes when the event starts anyway.", page.Errors);
        Assert.Contains("An event that takes registrations needs at least 1 seat.", page.Errors);
        Assert.Contains("The online link must be a full web address starting with http:// or https://.", page.Errors);
        Assert.Contains("The address may hold only small letters, digits and single hyphens between them, e.g. final-conference-2020.", page.Errors);
        Assert.Contains("no time | Broken", page.One("#Sessions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, Factory.WithDb(db => db.Events.Count()));
    }

    [Fact]
    public async Task Addresses_are_unique_whether_typed_or_made_from_the_title()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = Form(await TopicIdAsync());
        var (first, _) = await CreateAsync(form);
        var (second, _) = await CreateAsync(form);
        Assert.Equal("resoma-final-conference-lisbon-2", Stored(second).Slug);

        form["Slug"] = "resoma-final-conference-lisbon";
        var taken = await Client.SubmitAsync(NewUrl, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.Status);
        Assert.Contains("The address /events/resoma-final-conference-lisbon is already taken by another event: choose another, or leave it empty.", taken.Errors);

        form["Slug"] = "lisbon-2031";
        var (third, _) = await CreateAsync(form);
        Assert.Equal("lisbon-2031", Stored(third).Slug);
        Assert.Equal("resoma-final-conference-lisbon", Stored(first).Slug);
    }

    [Fact]
    public async Task Publishing_makes_the_event_public_and_unpublishing_hides_it_again()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (id, edit) = await CreateAsync(Form(await TopicIdAsync()));
        var visitor = NewClient();

        var published = await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/events/{id}/publish");
        Assert.Equal($"/editor/events/{id}/edit?done=published", published.Location);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/events/resoma-final-conference-lisbon")).Status);
        Assert.True(Stored(id).Search!.IsPublic);
        Assert.Contains("Funding integration", Stored(id).Search!.Keywords, StringComparison.Ordinal);
        Assert.Equal("published", (await Client.GetAsync("/editor/events")).One($"tr[data-slug=resoma-final-conference-lisbon] .publication")!.TextContent);

        var again = await Client.PostWithTokenAsync($"/editor/events/{id}/publish");
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("The event is already published.", again.Errors);

        var unpublished = await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/events/{id}/unpublish");
        Assert.Equal(HttpStatusCode.Redirect, unpublished.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/events/resoma-final-conference-lisbon")).Status);
        Assert.DoesNotContain("resoma-final-conference-lisbon", await visitor.Http.GetStringAsync("/events/calendar.ics"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_editors_saving_the_same_version_the_second_sees_both_and_loses_nothing()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (id, edit) = await CreateAsync(Form(await TopicIdAsync()));
        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);
        var editorForm = await Client.GetAsync(edit);
        var adminForm = await admin.GetAsync(edit);

        var first = await admin.SubmitAsync(adminForm, new Dictionary<string, string> { ["Venue"] = "The admin's hall", ["Capacity"] = "30" }, edit);
        Assert.Equal(HttpStatusCode.Redirect, first.Status);

        var second = await Client.SubmitAsync(editorForm, new Dictionary<string, string> { ["Venue"] = "The editor's hall" }, edit);
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Contains(second.Errors, e => e.Contains("Another editor saved this event", StringComparison.Ordinal));
        var theirs = second.One("#their-version")!.TextContent;
        Assert.Contains("The admin's hall", theirs, StringComparison.Ordinal);
        Assert.Contains("30 seats", theirs, StringComparison.Ordinal);
        Assert.Contains("Closing: the move to IMISCOE", theirs, StringComparison.Ordinal);
        Assert.Equal("The editor's hall", second.One("#Venue")!.GetAttribute("value"));
        Assert.Equal("The admin's hall", Stored(id).Venue);

        var resolved = await Client.SubmitAsync(second, new Dictionary<string, string>(), edit);
        Assert.Equal(HttpStatusCode.Redirect, resolved.Status);
        Assert.Equal("The editor's hall", Stored(id).Venue);
        Assert.Equal(2, Stored(id).Sessions.Count);
    }

    [Fact]
    public async Task Capacity_changes_go_through_the_allocator_and_registration_stays_on_while_people_hold_places()
    {
        var e = await Factory.AddEventAsync(new NewEvent("Seated workshop") { Seats = 2 });
        await Factory.RegisterForAsync(e, "researcher@resoma.local", "policymaker@resoma.local", "practitioner@resoma.local");
        await Client.LoginAsRoleAsync(Roles.Editor);

        var tooFew = await Client.SubmitAsync(e.EditUrl(), new Dictionary<string, string> { ["Capacity"] = "1", ["City"] = "Ghent" }, e.EditUrl());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooFew.Status);
        Assert.Contains("2 people already have a seat, so there must be at least 2 seats.", tooFew.Errors);
        Assert.Equal("1", tooFew.One("#Capacity")!.GetAttribute("value"));
        Assert.Equal("Brussels", Stored(e.Id).City);
        Assert.Equal(2, Stored(e.Id).Seats!.Capacity);

        var off = await Client.SubmitAsync(e.EditUrl(), new Dictionary<string, string> { ["TakesRegistrations"] = "false" }, e.EditUrl());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, off.Status);
        Assert.Contains("Registration cannot be switched off while 3 people hold a seat or a place on the waitlist.", off.Errors);
        Assert.NotNull(Stored(e.Id).SeatPoolId);

        var more = await Client.SubmitAsync(e.EditUrl(), new Dictionary<string, string> { ["Capacity"] = "3" }, e.EditUrl());
        Assert.Equal(HttpStatusCode.Redirect, more.Status);
        Assert.Equal(["researcher@resoma.local", "policymaker@resoma.local", "practitioner@resoma.local"], Factory.SeatsOf(e)[SeatStatus.Confirmed]);
        var mail = Assert.Single(Mailbox.Messages);
        Assert.Equal("practitioner@resoma.local", mail.To.Mailboxes.Single().Address);
        Assert.Equal("A seat is yours: Seated workshop", mail.Subject);
        var page = await Client.GetAsync(more.Location!);
        Assert.Contains("People promoted from the waitlist to the new seats: 1.", page.One("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("3 of 3 seats taken; 0 on the waitlist.", page.One("#seat-summary")!.TextContent);
    }

    [Fact]
    public async Task Registration_can_be_switched_on_and_off_when_nobody_holds_a_place()
    {
        var e = await Factory.AddEventAsync(new NewEvent("Flexible webinar"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        var on = await Client.SubmitAsync(e.EditUrl(), new Dictionary<string, string> { ["TakesRegistrations"] = "true", ["Capacity"] = "25" }, e.EditUrl());
        Assert.Equal(HttpStatusCode.Redirect, on.Status);
        Assert.Equal(25, Stored(e.Id).Seats!.Capacity);
        Assert.Contains("25 seats left", (await NewClient().GetAsync("/events/flexible-webinar")).One("#seats")!.TextContent, StringComparison.Ordinal);

        var off = await Client.SubmitAsync(e.EditUrl(), new Dictionary<string, string> { ["TakesRegistrations"] = "false" }, e.EditUrl());
        Assert.Equal(HttpStatusCode.Redirect, off.Status);
        Assert.Null(Stored(e.Id).SeatPoolId);
        Assert.Equal(0, Factory.WithDb(db => db.SeatPools.Count()));
    }

    [Fact]
    public async Task The_participants_page_and_csv_list_seats_then_the_waitlist_with_formulas_defused()
    {
        const string Formula = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        var e = await Factory.AddEventAsync(new NewEvent("Full workshop") { Seats = 2 });
        await Factory.RegisterForAsync(e, "researcher@resoma.local", "practitioner@resoma.local", "policymaker@resoma.local");
        await Factory.WithDbAsync(async db =>
        {
            db.Users.Single(u => u.Email == "practitioner@resoma.local").DisplayName = Formula;
            await db.SaveChangesAsync();
        });
        await Client.LoginAsRoleAsync(Roles.Editor);

        var page = await Client.GetAsync($"/editor/events/{e.Id}/participants");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("2 of 2 seats taken · 1 on the waitlist · 0 cancelled · 0 attended", page.One("#seat-summary")!.TextContent);
        Assert.Equal(["researcher@resoma.local", "practitioner@resoma.local"], page.Document.QuerySelectorAll("#participants-table tbody tr td:nth-child(2)").Select(td => td.TextContent));
        Assert.Equal(["1"], page.Document.QuerySelectorAll("#waitlist-table tbody tr td:first-child").Select(td => td.TextContent));

        var response = await Client.Http.GetAsync($"/editor/events/{e.Id}/participants.csv");
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("full-workshop-participants.csv", response.Content.Headers.ContentDisposition!.FileName);
        using var csv = CsvReader.Create(await response.Content.ReadAsByteArrayAsync());
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(new[] { "Status", "Waitlist position", "Name", "Email", "Role" }.ToDictionary(h => h, csv.GetString));
        }

        Assert.Equal(["Seat", "Seat", "Waitlist"], rows.Select(r => r["Status"]));
        Assert.Equal(["", "", "1"], rows.Select(r => r["Waitlist position"]));
        Assert.Equal([Roles.Researcher, Roles.Practitioner, Roles.Policymaker], rows.Select(r => r["Role"]));
        Assert.Equal("'" + Formula, rows[1]["Name"]);

        var none = await Factory.AddEventAsync(new NewEvent("No seats"));
        Assert.Equal("This event takes no registrations. Switch registration on in the event's form to give it seats.",
            (await Client.GetAsync($"/editor/events/{none.Id}/participants")).One("#no-registration")!.TextContent);
    }

    [Fact]
    public async Task Only_editors_reach_the_back_office_and_missing_events_are_404()
    {
        await Factory.AddEventAsync(new NewEvent("Back office"));
        var anonymous = await Client.GetAsync("/editor/events");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        Assert.Contains("/account/login", anonymous.Location, StringComparison.Ordinal);

        var stakeholder = NewClient();
        await stakeholder.LoginAsRoleAsync(Roles.Researcher);
        Assert.Equal(HttpStatusCode.Forbidden, (await stakeholder.GetAsync("/editor/events")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await stakeholder.GetAsync("/editor/events/new")).Status);

        await Client.LoginAsRoleAsync(Roles.Editor);
        var list = await Client.GetAsync("/editor/events");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal("published", list.One("tr[data-slug=back-office] .publication")!.TextContent);
        foreach (var url in new[] { "/editor/events/999/edit", "/editor/events/999/participants", "/editor/events/999/participants.csv" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(url)).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostWithTokenAsync("/editor/events/999/publish")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostWithTokenAsync("/editor/events/999/edit", Form(1))).Status);
        Assert.Contains("Events", (await Client.GetAsync("/editor/events")).One(".dropdown-menu a[href='/editor/events']")!.TextContent, StringComparison.Ordinal);
    }
}
