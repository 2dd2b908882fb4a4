using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using UglyToad.PdfPig;

namespace ReSoma.Tests.Registrations;

/// <summary>What editors set about registering (questions, reminders) and the certificates they send, through HTTP on
/// real SQLite.</summary>
public sealed class RegistrationSettingsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static Dictionary<string, string> Question(string prompt, RegistrationQuestionKind kind, string choices = "", bool required = false) => new()
    {
        ["question.Prompt"] = prompt,
        ["question.Kind"] = kind.ToString(),
        ["question.Choices"] = choices,
        ["question.IsRequired"] = required ? "true" : "false",
    };

    private List<RegistrationQuestion> Questions(int poolId) =>
        Factory.WithDb(db => db.RegistrationQuestions.Where(q => q.SeatPoolId == poolId).OrderBy(q => q.Position).ToList());

    [Fact]
    public async Task Editors_add_change_order_and_remove_the_questions_people_answer_when_they_register()
    {
        var e = await Factory.AddEventAsync(new NewEvent("Asking workshop") { Seats = 10 });
        var settings = $"/editor/events/{e.Id}/registration";
        var add = settings + "/questions";
        await Client.LoginAsRoleAsync(Roles.Editor);
        Assert.NotNull((await Client.GetAsync(settings)).One("#no-questions"));

        // A choice question with one choice: refused at its field, with what was typed kept.
        var refused = await Client.SubmitAsync(settings, Question("Lunch", RegistrationQuestionKind.SingleChoice, "Vegan"), add);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Give at least two choices, one per line.", refused.One("#new-choices-error")!.TextContent);
        // The error summary's link leads to the field (decision 0044).
        Assert.NotNull(refused.One(refused.One("#form-errors a")!.GetAttribute("href")!)!.QuerySelector("#new-choices"));
        Assert.Equal("Lunch", refused.One("#new-prompt")!.GetAttribute("value"));
        Assert.Empty(Questions(e.SeatPoolId!.Value));

        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(settings, Question("Your field of work", RegistrationQuestionKind.ShortText, required: true), add)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(settings, Question("Lunch", RegistrationQuestionKind.SingleChoice, "Vegan\nAny\n\nVegan"), add)).Status);
        var stored = Questions(e.SeatPoolId.Value);
        Assert.Equal(["Your field of work", "Lunch"], stored.Select(q => q.Prompt));
        Assert.Equal(["Vegan", "Any"], stored[1].ChoiceList);

        // Lunch first, then the field of work: the public form follows.
        var lunch = stored[1].Id;
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(settings, new Dictionary<string, string>(), $"{settings}/questions/{lunch}/up")).Status);
        var person = NewClient();
        var email = (await Factory.AddStakeholdersAsync(1, prefix: "asked"))[0];
        await person.LoginAsync(email, PortalFactory.Password);
        var form = await person.GetAsync("/events/asking-workshop");
        var order = form.Document.QuerySelectorAll("[id^=question-]").Select(x => x.Id!).ToList();
        Assert.True(order.IndexOf($"question-{lunch}") < order.IndexOf($"question-{stored[0].Id}"), string.Join(", ", order));
        var token = await person.TokenAsync("/events/asking-workshop");
        var registered = await person.PostAsync("/events/asking-workshop/register", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, [$"Answers[{lunch}]"] = "Any", [$"Answers[{stored[0].Id}]"] = "Reception centres",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);

        // Answered: the wording can change, the kind cannot.
        var page = await Client.GetAsync(settings);
        Assert.Contains("1 answer", page.One($"#question-row-{lunch}")!.TextContent, StringComparison.Ordinal);
        var kindChange = await Client.SubmitAsync(page, Question("Lunch", RegistrationQuestionKind.MultipleChoice, "Vegan\nAny"), $"{settings}/questions/{lunch}");
        Assert.Equal(HttpStatusCode.Conflict, kindChange.Status);
        Assert.Contains("its kind of answer cannot change", kindChange.One("#form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Lunch", kindChange.One($"#q{lunch}-prompt")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(settings, Question("Lunch on the day", RegistrationQuestionKind.SingleChoice, "Vegan\nAny\nNone"), $"{settings}/questions/{lunch}")).Status);
        Assert.Equal("Lunch on the day", Questions(e.SeatPoolId.Value)[0].Prompt);

        // Removing a question takes its answers with it.
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(settings, new Dictionary<string, string>(), $"{settings}/questions/{lunch}/remove")).Status);
        Assert.Equal(["Your field of work"], Questions(e.SeatPoolId.Value).Select(q => q.Prompt));
        Assert.Equal(["Reception centres"], Factory.WithDb(db => db.RegistrationAnswers.Select(a => a.Value).ToList()));
    }

    [Fact]
    public async Task Questions_of_one_event_cannot_be_changed_through_another_and_only_editors_see_the_page()
    {
        var mine = await Factory.AddEventAsync(new NewEvent("Mine") { Seats = 5 });
        var theirs = await Factory.AddConsultationAsync(new NewConsultation("Their meeting"));
        var question = await Factory.WithDbAsync(async db =>
        {
            var poolId = (await db.Consultations.SingleAsync(c => c.Id == theirs.Id)).SeatPoolId!.Value;
            var q = new RegistrationQuestion { SeatPoolId = poolId, Position = 1, Kind = RegistrationQuestionKind.ShortText, Prompt = "Their question" };
            db.RegistrationQuestions.Add(q);
            await db.SaveChangesAsync();
            return q.Id;
        });

        await Client.LoginAsRoleAsync(Roles.Researcher);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync($"/editor/events/{mine.Id}/registration")).Status);

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        var settings = $"/editor/events/{mine.Id}/registration";
        Assert.Equal(HttpStatusCode.NotFound, (await editor.PostWithTokenAsync($"{settings}/questions/{question}/remove")).Status);
        var token = await editor.TokenAsync(settings);
        var edit = await editor.PostAsync($"{settings}/questions/{question}", new Dictionary<string, string>(Question("Changed", RegistrationQuestionKind.ShortText)) { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.NotFound, edit.Status);
        Assert.Equal("Their question", Factory.WithDb(db => db.RegistrationQuestions.Single(q => q.Id == question).Prompt));
        Assert.Contains("Their question", (await editor.GetAsync($"/editor/consultations/their-meeting/registration")).One("#questions")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_choose_when_reminders_go_out_from_the_times_offered()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Reminded meeting"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        var settings = "/editor/consultations/reminded-meeting/registration";
        var page = await Client.GetAsync(settings);
        Assert.Equal(["168", "24"], page.Document.QuerySelectorAll("#reminders-form input[checked]").Select(i => i.GetAttribute("value")!));

        var token = await Client.TokenAsync(settings);
        var saved = await Client.PostAsync(settings + "/reminders", [new("__RequestVerificationToken", token), new("Hours", "2"), new("Hours", "72"), new("Hours", "5"), new("Hours", "72")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("72,2", Factory.WithDb(db => db.Consultations.Where(x => x.Id == c.Id).Select(x => x.Seats!.ReminderHours).Single()));
        Assert.Equal(["72", "2"], (await Client.GetAsync(saved.Location!)).Document.QuerySelectorAll("#reminders-form input[checked]").Select(i => i.GetAttribute("value")!));

        var none = await Client.PostAsync(settings + "/reminders", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Redirect, none.Status);
        Assert.Equal("", Factory.WithDb(db => db.Consultations.Where(x => x.Id == c.Id).Select(x => x.Seats!.ReminderHours).Single()));
    }

    [Fact]
    public async Task Editors_send_every_attendee_their_certificate_once_after_the_event()
    {
        var now = DateTimeOffset.UtcNow;
        var e = await Factory.AddEventAsync(new NewEvent("Certified seminar") { Seats = 5, StartsIn = TimeSpan.FromMinutes(-90), Duration = TimeSpan.FromHours(3), DeadlineIn = TimeSpan.FromDays(-1) }, now);
        var emails = await Factory.AddStakeholdersAsync(3, prefix: "cert");
        await Factory.RegisterForAsync(e, [.. emails]);
        var ids = Factory.WithDb(db => db.SeatRegistrations.Include(r => r.User).ToDictionary(r => r.User!.Email!, r => r.Id));
        await Factory.WithDbAsync(async db =>
        {
            await db.SeatRegistrations.Where(r => r.Id == ids[emails[0]] || r.Id == ids[emails[1]]).ExecuteUpdateAsync(s => s.SetProperty(r => r.AttendedAt, now));
        });
        await Client.LoginAsRoleAsync(Roles.Editor);
        var participants = $"/editor/events/{e.Id}/participants";

        // Still running: nothing to send yet.
        Assert.Null((await Client.GetAsync(participants)).One("#send-certificates"));
        var early = await Client.PostWithTokenAsync($"/editor/events/{e.Id}/certificates");
        Assert.Equal(HttpStatusCode.Conflict, early.Status);
        Assert.Contains("Certificates can be sent once the event is over.", early.Text, StringComparison.Ordinal);

        await Factory.WithDbAsync(async db => await db.Events.Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndsAt, now.AddMinutes(-5))));
        var sent = await Client.SubmitAsync(participants, new Dictionary<string, string>(), $"/editor/events/{e.Id}/certificates");
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Contains("Certificates queued for 2 attendees.", (await Client.GetAsync(sent.Location!)).One("[role=status]")!.TextContent, StringComparison.Ordinal);
        var mails = Mailbox.Messages;
        Assert.Equal([emails[0], emails[1]], mails.Select(m => m.To.Mailboxes.Single().Address).Order());
        var attachment = Assert.Single(mails[0].Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("certificate-certified-seminar.pdf", attachment.FileName);
        using (var stream = new MemoryStream())
        {
            await attachment.Content!.DecodeToAsync(stream);
            using var pdf = PdfDocument.Open(stream.ToArray());
            Assert.Contains("Certified seminar", string.Join(" ", pdf.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
        }

        // Pressed again: nobody gets a second one. Someone checked in late gets theirs at the next press.
        Assert.Null((await Client.GetAsync(participants)).One("#send-certificates"));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostWithTokenAsync($"/editor/events/{e.Id}/certificates")).Status);
        Assert.Equal(2, Mailbox.Messages.Count);
        await Factory.WithDbAsync(async db => await db.SeatRegistrations.Where(r => r.Id == ids[emails[2]]).ExecuteUpdateAsync(s => s.SetProperty(r => r.AttendedAt, now)));
        var late = await Client.SubmitAsync(participants, new Dictionary<string, string>(), $"/editor/events/{e.Id}/certificates");
        Assert.Contains("Certificates queued for 1 attendee. 2 attendees had been sent theirs before.", (await Client.GetAsync(late.Location!)).One("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Single(Mailbox.To(emails[2]));
        Assert.Equal(3, Mailbox.Messages.Count);
    }
}
