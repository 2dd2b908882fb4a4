using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using UglyToad.PdfPig;

namespace ReSoma.Tests.Registrations;

/// <summary>The one registration mechanism, through HTTP on real SQLite: questions and access needs, codes and
/// check-in, certificates, and formats without seats.</summary>
public sealed class RegistrationMechanismTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private async Task<(int Text, int Single, int Multiple, int Consent)> AskAsync(int poolId) =>
        await Factory.WithDbAsync(async db =>
        {
            var questions = new[]
            {
                new RegistrationQuestion { SeatPoolId = poolId, Position = 1, Kind = RegistrationQuestionKind.ShortText, Prompt = "Your field of work", IsRequired = true },
                new RegistrationQuestion { SeatPoolId = poolId, Position = 2, Kind = RegistrationQuestionKind.SingleChoice, Prompt = "Lunch", Choices = "Vegetarian\nVegan\nAny" },
                new RegistrationQuestion { SeatPoolId = poolId, Position = 3, Kind = RegistrationQuestionKind.MultipleChoice, Prompt = "Workshops", Choices = "Detention\nReturns\nLabour" },
                new RegistrationQuestion { SeatPoolId = poolId, Position = 4, Kind = RegistrationQuestionKind.Consent, Prompt = "I agree to be photographed", IsRequired = true },
            };
            db.RegistrationQuestions.AddRange(questions);
            await db.SaveChangesAsync();
            return (questions[0].Id, questions[1].Id, questions[2].Id, questions[3].Id);
        });

    private async Task<Page> PostRegistrationAsync(PortalClient client, string path, params (string Name, string Value)[] fields)
    {
        var token = await client.TokenAsync(path);
        return await client.PostAsync(path + "/register", fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Prepend(new("__RequestVerificationToken", token)));
    }

    [Fact]
    public async Task Questions_and_access_needs_are_answered_shown_to_editors_exported_and_deleted_with_the_account()
    {
        var e = await Factory.AddEventAsync(new NewEvent("Asked event") { Seats = 5 });
        var q = await AskAsync(e.SeatPoolId!.Value);
        var email = (await Factory.AddStakeholdersAsync(1, prefix: "asked"))[0];
        var person = NewClient();
        await person.LoginAsync(email, PortalFactory.Password);

        var form = await person.GetAsync("/events/asked-event");
        Assert.NotNull(form.One($"#question-{q.Text}"));
        Assert.Equal(4, form.Document.QuerySelectorAll("#access-needs input[type=checkbox]").Length);

        // Required answers missing and a choice that was never offered: refused at their fields, nothing stored.
        var refused = await PostRegistrationAsync(person, "/events/asked-event", ($"Answers[{q.Single}]", "Steak"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("true", refused.One($"#question-{q.Text}")!.GetAttribute("aria-invalid"));
        Assert.Contains("Choose from the answers offered to “Lunch”.", refused.Text, StringComparison.Ordinal);
        Assert.Contains("Give your consent to register", refused.Text, StringComparison.Ordinal);
        Assert.Empty(Factory.SeatsOf(e));

        var done = await PostRegistrationAsync(person, "/events/asked-event",
            ($"Answers[{q.Text}]", "=HYPERLINK(\"http://evil.example\")"), ($"Answers[{q.Single}]", "Vegan"),
            ($"Answers[{q.Multiple}]", "Detention"), ($"Answers[{q.Multiple}]", "Labour"), ($"Answers[{q.Consent}]", "yes"),
            ("AccessNeeds", "step-free"), ("AccessNeeds", "captioning"), ("AccessNeeds", "not-a-need"), ("AccessNote", "A quiet room, please"));
        Assert.Equal(HttpStatusCode.Redirect, done.Status);

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        var list = await editor.GetAsync($"/editor/events/{e.Id}/participants");
        var row = list.One("#participants-table tbody tr")!.TextContent;
        Assert.Contains("Step-free access; Live captioning; A quiet room, please", row, StringComparison.Ordinal);
        Assert.Contains("Detention; Labour", row, StringComparison.Ordinal);

        var csv = await editor.Http.GetStringAsync($"/editor/events/{e.Id}/participants.csv");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("Access needs,Access note,Your field of work,Lunch,Workshops,I agree to be photographed", lines[0], StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", lines[1], StringComparison.Ordinal);
        Assert.Contains("Vegan,Detention; Labour,Yes", lines[1], StringComparison.Ordinal);

        var json = await person.Http.GetStringAsync("/account/personal-data/download");
        Assert.Contains("A quiet room, please", json, StringComparison.Ordinal);
        Assert.Contains("I agree to be photographed", json, StringComparison.Ordinal);

        await person.SubmitAsync("/account/personal-data", new Dictionary<string, string> { ["Password"] = PortalFactory.Password });
        Assert.Equal(0, Factory.WithDb(db => db.RegistrationAnswers.Count()));
        Assert.Equal(0, Factory.WithDb(db => db.SeatRegistrations.Count(r => r.AccessNote != null)));
    }

    [Fact]
    public async Task Editors_check_people_in_by_code_and_only_attendees_get_a_certificate_after_the_event()
    {
        var now = DateTimeOffset.UtcNow;
        var e = await Factory.AddEventAsync(new NewEvent("Checked event") { Seats = 2, StartsIn = TimeSpan.FromMinutes(-90), Duration = TimeSpan.FromHours(3), DeadlineIn = TimeSpan.FromDays(-1) }, now);
        var other = await Factory.AddEventAsync(new NewEvent("Other event") { Seats = 2 });
        var emails = await Factory.AddStakeholdersAsync(3, prefix: "door");
        await Factory.RegisterForAsync(e, emails[0], emails[1]);
        await Factory.RegisterForAsync(other, emails[2]);
        var codes = Factory.WithDb(db => db.SeatRegistrations.Include(r => r.User).ToDictionary(r => r.User!.Email!, r => (r.Id, r.Code!)));
        Assert.All(codes.Values, c => Assert.Matches("^[A-Z2-9]{8}$", c.Item2));

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        var checkIn = $"/editor/events/{e.Id}/check-in";
        var wrong = await editor.SubmitAsync(checkIn, new Dictionary<string, string> { ["code"] = "ZZZZ-ZZZZ" }, checkIn);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.Status);
        Assert.Contains("No participant of “Checked event” has the code ZZZZ-ZZZZ", wrong.One("#code-error")!.TextContent, StringComparison.Ordinal);
        var otherCode = await editor.SubmitAsync(checkIn, new Dictionary<string, string> { ["code"] = codes[emails[2]].Item2 }, checkIn);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherCode.Status);

        // Typed in lower case with the dash, as people read it out.
        var code = codes[emails[0]].Item2;
        var ok = await editor.SubmitAsync(checkIn, new Dictionary<string, string> { ["code"] = (code[..4] + "-" + code[4..]).ToLowerInvariant() }, checkIn);
        Assert.Equal(HttpStatusCode.Redirect, ok.Status);
        Assert.Equal("Person 1 is checked in.", (await editor.GetAsync(ok.Location!)).One(".alert")!.TextContent.Trim());
        Assert.Null(Factory.WithDb(db => db.SeatRegistrations.Single(r => r.Id == codes[emails[2]].Id).AttendedAt));

        var attendee = NewClient();
        await attendee.LoginAsync(emails[0], PortalFactory.Password);
        var absent = NewClient();
        await absent.LoginAsync(emails[1], PortalFactory.Password);
        var mine = await attendee.GetAsync($"/account/registrations/{codes[emails[0]].Id}");
        Assert.Equal(code[..4] + "-" + code[4..], mine.One("#registration-code")!.TextContent);
        Assert.NotNull(mine.One("#registration-qr svg[role=img]"));
        Assert.Equal(HttpStatusCode.NotFound, (await absent.GetAsync($"/account/registrations/{codes[emails[0]].Id}")).Status);

        // The event is still running: no certificate yet.
        Assert.Equal(HttpStatusCode.NotFound, (await attendee.Http.GetAsync($"/account/registrations/{codes[emails[0]].Id}/certificate.pdf")).StatusCode);
        await Factory.WithDbAsync(async db =>
        {
            var stored = await db.Events.SingleAsync(x => x.Id == e.Id);
            stored.EndsAt = now.AddMinutes(-5);
            await db.SaveChangesAsync();
        });

        var pdf = await attendee.Http.GetAsync($"/account/registrations/{codes[emails[0]].Id}/certificate.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", document.GetPages().Select(p => p.Text));
            Assert.Contains("Certificate of attendance", text, StringComparison.Ordinal);
            Assert.Contains("Person 1", text, StringComparison.Ordinal);
            Assert.Contains("Checked event", text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await absent.Http.GetAsync($"/account/registrations/{codes[emails[1]].Id}/certificate.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await absent.Http.GetAsync($"/account/registrations/{codes[emails[0]].Id}/certificate.pdf")).StatusCode);
    }

    [Fact]
    public async Task A_survey_has_no_seats_and_takes_contributions_without_registering()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Open survey") { Format = ConsultationFormat.OnlineSurvey });
        await Factory.WithDbAsync(async db =>
        {
            // A format without seats has no pool (the builder gives every consultation one).
            var stored = await db.Consultations.Include(x => x.Seats).SingleAsync(x => x.Id == c.Id);
            db.SeatPools.Remove(stored.Seats!);
            stored.SeatPoolId = null;
            await db.SaveChangesAsync();
        });
        var page = await Client.GetAsync("/consultations/open-survey");
        Assert.Null(page.One("#seats"));
        Assert.DoesNotContain("seats left", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.One("#no-registration"));
        Assert.Contains("No registration needed", (await Client.GetAsync("/consultations")).Text, StringComparison.Ordinal);
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var refused = await Client.PostWithTokenAsync("/consultations/open-survey/register");
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("takes no registrations", refused.Text, StringComparison.Ordinal);
        var sent = await Client.SubmitAsync("/consultations/open-survey/contribution", new Dictionary<string, string> { ["Title"] = "Survey answer", ["Body"] = "What we saw in three reception centres this spring." });
        Assert.True(sent.Status == HttpStatusCode.Redirect, string.Join(" | ", sent.Errors));
    }

    [Fact]
    public async Task The_account_page_lists_consultations_and_events_upcoming_first_with_waitlist_places()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Later meeting") { StartsIn = TimeSpan.FromDays(20), DeadlineIn = TimeSpan.FromDays(15), Seats = 1 });
        var e = await Factory.AddEventAsync(new NewEvent("Sooner workshop") { Seats = 1, StartsIn = TimeSpan.FromDays(5) });
        var emails = await Factory.AddStakeholdersAsync(2, prefix: "mine");
        await Factory.RegisterForAsync(e, emails[1], emails[0]);
        var me = NewClient();
        await me.LoginAsync(emails[0], PortalFactory.Password);
        await PostRegistrationAsync(me, "/consultations/later-meeting");

        var rows = (await me.GetAsync("/account/registrations")).Document.QuerySelectorAll("#my-registrations tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Sooner workshop", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Waitlist, position 1", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Later meeting", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Seat confirmed", rows[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(rows[0].QuerySelector($"form[action='/events/sooner-workshop/cancel']"));
        Assert.NotNull(rows[1].QuerySelector("a[href='/consultations/later-meeting/ics']"));
        _ = c;
    }
}
