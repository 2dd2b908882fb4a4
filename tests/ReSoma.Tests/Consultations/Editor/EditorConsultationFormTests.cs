using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Cycles;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Consultations.Editor;

public sealed class EditorConsultationFormTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string NewUrl = "/editor/consultations/new";

    private static Dictionary<string, string> Form(int topicId, string title = "Feedback meeting on detention") => new()
    {
        ["Title"] = title,
        ["TopicId"] = topicId.ToString(CultureInfo.InvariantCulture),
        ["Format"] = nameof(ConsultationFormat.FeedbackMeeting),
        ["Description"] = "## Agenda\n\nIntroductions, then **alternatives** to detention.",
        ["StartsAt"] = "2031-03-05T14:00",
        ["EndsAt"] = "2031-03-05T17:30",
        ["RegistrationDeadline"] = "2031-03-01T23:59",
        ["TimeZoneChoice"] = "Europe/Brussels",
        ["OtherTimeZone"] = "",
        ["Place"] = "Brussels, Residence Palace",
        ["OnlineLink"] = "https://meet.example.org/resoma",
        ["Capacity"] = "12",
        ["AllowedRoles"] = Roles.Practitioner,
        ["ShowContributions"] = "true",
    };

    private async Task<(int Id, string EditUrl)> CreateAsync(Dictionary<string, string> form)
    {
        var created = await Client.SubmitAsync(NewUrl, form);
        Assert.True(created.Status == HttpStatusCode.Redirect, string.Join(" ", created.Errors));
        var id = Factory.WithDb(db => db.Consultations.OrderBy(c => c.Id).Last().Id);
        Assert.Equal($"/editor/consultations/{id}/edit?done=created", created.Location);
        return (id, $"/editor/consultations/{id}/edit");
    }

    [Fact]
    public async Task An_editor_creates_a_consultation_with_its_seats_and_times_in_utc()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var topicId = await Factory.TopicIdAsync();
        var (id, _) = await CreateAsync(Form(topicId));

        var c = await Factory.WithDbAsync(db => db.Consultations.Include(x => x.Seats).SingleAsync(x => x.Id == id));
        Assert.Equal("feedback-meeting-on-detention", c.Slug);
        Assert.Equal(topicId, c.TopicId);
        Assert.Equal(ConsultationFormat.FeedbackMeeting, c.Format);
        // Brussels is UTC+1 in early March.
        Assert.Equal(new DateTimeOffset(2031, 3, 5, 13, 0, 0, TimeSpan.Zero), c.StartsAt);
        Assert.Equal(new DateTimeOffset(2031, 3, 5, 16, 30, 0, TimeSpan.Zero), c.EndsAt);
        Assert.Equal(new DateTimeOffset(2031, 3, 1, 22, 59, 0, TimeSpan.Zero), c.RegistrationDeadline);
        Assert.Equal("Europe/Brussels", c.TimeZoneId);
        Assert.Equal(12, c.Seats!.Capacity);
        Assert.Equal(Roles.Practitioner, c.AllowedRoles);
        Assert.True(c.ShowContributions);
        Assert.Equal("https://meet.example.org/resoma", c.OnlineLink);

        // A new consultation is a draft, as a new event is: nobody but editors sees it until it is published.
        Assert.False(c.IsPublished);
        Assert.Null(c.PublishAt);
        Assert.Equal("Draft", (await Client.GetAsync($"/editor/consultations/{id}/edit")).One("#publication-state")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/consultations/feedback-meeting-on-detention")).Status);
    }

    [Fact]
    public async Task The_edit_form_shows_the_times_as_typed_in_the_consultations_zone()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = Form(await Factory.TopicIdAsync());
        form["TimeZoneChoice"] = "Europe/Brussels";
        form["OtherTimeZone"] = "America/New_York";
        form["StartsAt"] = "2031-07-01T14:00";
        form["EndsAt"] = "2031-07-01T16:00";
        form["RegistrationDeadline"] = "2031-06-30T12:00";
        var (id, edit) = await CreateAsync(form);

        // The typed zone wins over the list; New York is UTC-4 in summer.
        var c = await Factory.WithDbAsync(db => db.Consultations.SingleAsync(x => x.Id == id));
        Assert.Equal("America/New_York", c.TimeZoneId);
        Assert.Equal(new DateTimeOffset(2031, 7, 1, 18, 0, 0, TimeSpan.Zero), c.StartsAt);

        var page = await Client.GetAsync(edit);
        Assert.Equal("2031-07-01T14:00", page.One("#StartsAt")!.GetAttribute("value"));
        Assert.Equal("America/New_York", page.One("#OtherTimeZone")!.GetAttribute("value"));
        Assert.Equal("datetime-local", page.One("#StartsAt")!.GetAttribute("type"));
    }

    [Fact]
    public async Task Invalid_input_is_refused_with_messages_and_nothing_is_saved()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = Form(await Factory.TopicIdAsync());
        form["Title"] = "";
        form["EndsAt"] = "2031-03-05T13:00";
        form["Capacity"] = "10001";
        form["OnlineLink"] = "javascript:alert(1)";
        form["AllowedRoles"] = "";
        var page = await Client.SubmitAsync(NewUrl, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Give the consultation a title.", page.Errors);
        Assert.Contains("The capacity must be between 0 and 10000 seats.", page.Errors);

        // Cross-field rules are checked once every field is valid on its own.
        form["Title"] = "Feedback meeting";
        form["Capacity"] = "12";
        page = await Client.SubmitAsync(NewUrl, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("The end must be after the start.", page.Errors);
        Assert.Contains("The online link must be a full web address starting with http:// or https://.", page.Errors);
        Assert.Contains("Choose at least one stakeholder role that may register.", page.Errors);
        Assert.Equal("javascript:alert(1)", page.One("#OnlineLink")!.GetAttribute("value"));

        form = Form(await Factory.TopicIdAsync());
        form["RegistrationDeadline"] = "2031-03-06T09:00";
        form["OtherTimeZone"] = "Mars/Olympus_Mons";
        form["AllowedRoles"] = Roles.Editor;
        page = await Client.SubmitAsync(NewUrl, form);
        Assert.Contains("\"Mars/Olympus_Mons\" is not a time zone we know: use an IANA name such as Europe/Brussels.", page.Errors);
        Assert.Contains("Only researchers, policymakers and practitioners can register for consultations.", page.Errors);

        form = Form(await Factory.TopicIdAsync());
        form["RegistrationDeadline"] = "2031-03-06T09:00";
        page = await Client.SubmitAsync(NewUrl, form);
        Assert.Equal(["The registration deadline cannot be after the end."], page.Errors);

        Assert.Equal(0, Factory.WithDb(db => db.Consultations.Count()));
        Assert.Equal(0, Factory.WithDb(db => db.SeatPools.Count()));
    }

    [Fact]
    public async Task A_time_the_clocks_skip_is_refused()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = Form(await Factory.TopicIdAsync());
        // Brussels moves from 02:00 to 03:00 on the last Sunday of March 2031.
        form["StartsAt"] = "2031-03-30T02:30";
        form["EndsAt"] = "2031-03-30T05:00";
        form["RegistrationDeadline"] = "2031-03-28T12:00";
        var page = await Client.SubmitAsync(NewUrl, form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("The start falls in the hour that Europe/Brussels skips when the clocks go forward: choose another time.", page.Errors);
    }

    [Fact]
    public async Task An_unknown_topic_is_refused()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.SubmitAsync(NewUrl, Form(99_999));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Choose the topic the consultation is about.", page.Errors);
        Assert.Equal(0, Factory.WithDb(db => db.Consultations.Count()));
    }

    [Fact]
    public async Task A_consultation_runs_on_a_topic_of_the_current_cycle_and_an_old_one_keeps_its_archived_topic()
    {
        await Factory.AddCycleAsync(2019, current: false, CyclePhase.Publication, ("Secondary movements", Area.Asylum), ("Search and rescue", Area.Asylum));
        await Factory.AddCycleAsync(2020, current: true, CyclePhase.Consultations, ("Reception of children", Area.Asylum));
        var archived = await Factory.TopicIdAsync("Secondary movements", 2019);
        var otherArchived = await Factory.TopicIdAsync("Search and rescue", 2019);
        var current = await Factory.TopicIdAsync("Reception of children", 2020);
        await Client.LoginAsRoleAsync(Roles.Editor);

        var form = await Client.GetAsync(NewUrl);
        Assert.Equal(["0", current.ToString(CultureInfo.InvariantCulture)], form.Document.QuerySelectorAll("#TopicId option").Select(o => o.GetAttribute("value")));
        var refused = await Client.SubmitAsync(NewUrl, Form(archived));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("“Secondary movements” is a topic of cycle 2019, which is archived: a consultation runs on a topic of the current cycle, so choose one of those.", refused.Errors);
        Assert.Equal(0, Factory.WithDb(db => db.Consultations.Count()));

        // A consultation of 2019 is history: editing it keeps its topic, but it cannot move to another archived one.
        var old = await Factory.AddConsultationAsync(ConsultationTestData.Meeting("A meeting that stayed with its 2019 topic"));
        await Factory.WithDbAsync(db => db.Consultations.Where(c => c.Id == old.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.TopicId, archived)));
        var edit = $"/editor/consultations/{old.Id}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(edit, new Dictionary<string, string> { ["Place"] = "Rome" }, edit)).Status);
        var moved = await Client.SubmitAsync(edit, new Dictionary<string, string> { ["TopicId"] = otherArchived.ToString(CultureInfo.InvariantCulture) }, edit);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, moved.Status);
        Assert.Contains(moved.Errors, e => e.StartsWith("“Search and rescue” is a topic of cycle 2019", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(edit, new Dictionary<string, string> { ["TopicId"] = current.ToString(CultureInfo.InvariantCulture) }, edit)).Status);
        Assert.Equal(current, Factory.WithDb(db => db.Consultations.Single(c => c.Id == old.Id).TopicId));
    }

    [Fact]
    public async Task The_slug_is_made_once_unique_and_never_new()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var topicId = await Factory.TopicIdAsync();
        var (id, edit) = await CreateAsync(Form(topicId, "Same title"));
        var saved = await Client.SubmitAsync(edit, new Dictionary<string, string> { ["Title"] = "A different title" }, edit);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("same-title", Factory.WithDb(db => db.Consultations.Single(c => c.Id == id).Slug));

        await CreateAsync(Form(topicId, "Same title"));
        await CreateAsync(Form(topicId, "New"));
        Assert.Equal(["same-title", "same-title-2", "new-2"], Factory.WithDb(db => db.Consultations.OrderBy(c => c.Id).Select(c => c.Slug).ToList()));

        var create = await Client.GetAsync(NewUrl);
        Assert.Equal(HttpStatusCode.OK, create.Status);
        Assert.Equal("New consultation", create.One("h1")!.TextContent);
    }

    [Fact]
    public async Task Two_editors_saving_the_same_version_the_second_sees_both_and_loses_nothing()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (_, edit) = await CreateAsync(Form(await Factory.TopicIdAsync()));
        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);
        var editorForm = await Client.GetAsync(edit);
        var adminForm = await admin.GetAsync(edit);

        var first = await admin.SubmitAsync(adminForm, new Dictionary<string, string> { ["Place"] = "The admin's room", ["Capacity"] = "30" }, edit);
        Assert.Equal(HttpStatusCode.Redirect, first.Status);

        var second = await Client.SubmitAsync(editorForm, new Dictionary<string, string> { ["Place"] = "The editor's room" }, edit);
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Contains(second.Errors, e => e.Contains("Another editor saved this consultation", StringComparison.Ordinal));
        var theirs = second.One("#their-version")!.TextContent;
        Assert.Contains("The admin's room", theirs, StringComparison.Ordinal);
        Assert.Contains("30", theirs, StringComparison.Ordinal);
        Assert.Equal("The editor's room", second.One("#Place")!.GetAttribute("value"));
        Assert.Equal("The admin's room", Factory.WithDb(db => db.Consultations.Single().Place));

        var resolved = await Client.SubmitAsync(second, new Dictionary<string, string>(), edit);
        Assert.Equal(HttpStatusCode.Redirect, resolved.Status);
        Assert.Equal("The editor's room", Factory.WithDb(db => db.Consultations.Single().Place));
    }
}
