using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Consultations;

public sealed class ContributionTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static Dictionary<string, string> Text(string title = "Evidence from Turin") => new()
    {
        ["Title"] = title,
        ["Body"] = "Our **city** ran a pilot with 40 families; here is what we learnt.",
    };

    [Fact]
    public async Task Anyone_signed_in_may_answer_a_call_for_written_contributions_and_edit_it_while_open()
    {
        await Factory.AddConsultationAsync(new NewConsultation("Open call") { Format = ConsultationFormat.WrittenContributionCall, ShowContributions = true });
        await Client.LoginAsRoleAsync(Roles.Policymaker);
        var saved = await Client.SubmitAsync("/consultations/open-call/contribution", Text());
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var page = await Client.GetAsync(saved.Location!);
        Assert.Contains("waiting for review", page.One("#contribution-status")!.TextContent, StringComparison.Ordinal);

        var edited = await Client.SubmitAsync("/consultations/open-call/contribution", Text("Evidence from Turin, revised"));
        Assert.Equal(HttpStatusCode.Redirect, edited.Status);
        Assert.Equal(["Evidence from Turin, revised"], Factory.WithDb(db => db.Contributions.Select(c => c.Title).ToList()));
        Assert.Null((await NewClient().GetAsync("/consultations/open-call")).One("#contributions-heading"));
    }

    [Fact]
    public async Task Accepted_contributions_appear_on_the_page_when_the_consultation_shows_them()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Shown call") { Format = ConsultationFormat.WrittenContributionCall, ShowContributions = true });
        await Client.LoginAsRoleAsync(Roles.Policymaker);
        await Client.SubmitAsync("/consultations/shown-call/contribution", Text());
        await Factory.WithDbAsync(async db =>
        {
            db.Contributions.Single().Status = ContributionStatus.Accepted;
            await db.SaveChangesAsync();
        });
        var page = await NewClient().GetAsync("/consultations/shown-call");
        Assert.Equal("Evidence from Turin", page.One(".contribution h3")!.TextContent);
        Assert.Equal("city", page.One(".contribution strong")!.TextContent);
    }

    [Fact]
    public async Task A_meeting_takes_contributions_only_from_registered_participants()
    {
        await Factory.AddConsultationAsync(new NewConsultation("Meeting with notes"));
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var token = await Client.TokenAsync();
        var refused = await Client.PostAsync("/consultations/meeting-with-notes/contribution", [new("__RequestVerificationToken", token), .. Text()]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Written contributions to this consultation come from registered participants: register first.", refused.Errors);

        await Client.SubmitAsync("/consultations/meeting-with-notes", new Dictionary<string, string>(), "/consultations/meeting-with-notes/register");
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync("/consultations/meeting-with-notes/contribution", Text())).Status);
    }

    [Fact]
    public async Task A_closed_consultation_takes_no_more_contributions()
    {
        await Factory.AddConsultationAsync(new NewConsultation("Closed call") { Format = ConsultationFormat.WrittenContributionCall, StartsIn = TimeSpan.FromDays(-10), Duration = TimeSpan.FromDays(5), DeadlineIn = TimeSpan.FromDays(-9) });
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var token = await Client.TokenAsync();
        var refused = await Client.PostAsync("/consultations/closed-call/contribution", [new("__RequestVerificationToken", token), .. Text()]);
        Assert.Contains("This consultation is closed, so contributions can no longer be sent or changed.", refused.Errors);
        Assert.Equal(0, Factory.WithDb(db => db.Contributions.Count()));
    }

    [Fact]
    public async Task Bad_input_and_non_pdf_attachments_are_refused()
    {
        await Factory.AddConsultationAsync(new NewConsultation("Strict call") { Format = ConsultationFormat.WrittenContributionCall });
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var empty = await Client.SubmitAsync("/consultations/strict-call/contribution", new Dictionary<string, string> { ["Title"] = "", ["Body"] = "short" });
        Assert.Contains("Give your contribution a title.", empty.Errors);
        Assert.Contains("Your contribution must be between 20 and 20000 characters.", empty.Errors);

        var page = await Client.GetAsync("/consultations/strict-call/contribution");
        var form = page.Document.Forms.Single(f => f.GetAttribute("action") == "/consultations/strict-call/contribution");
        form.QuerySelector("#Title")!.SetAttribute("value", "With attachment");
        form.QuerySelector("#Body")!.TextContent = "Long enough text for a contribution, truly.";
        var upload = await Client.UploadAsync("/consultations/strict-call/contribution", "/consultations/strict-call/contribution", "attachment", "not a pdf"u8.ToArray(), "notes.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.Status);
        Assert.Equal(0, Factory.WithDb(db => db.Contributions.Count()));
    }
}
