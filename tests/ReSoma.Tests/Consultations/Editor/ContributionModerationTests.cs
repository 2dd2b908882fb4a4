using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Consultations.Editor.ConsultationTestData;

namespace ReSoma.Tests.Consultations.Editor;

public sealed class ContributionModerationTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Editors_accept_and_reject_contributions_and_a_rejection_needs_a_reason()
    {
        var consultation = await Factory.AddConsultationAsync(Meeting() with { ShowContributions = true });
        var good = await Factory.AddContributionAsync(consultation, Researcher, "Evidence from Lisbon");
        var bad = await Factory.AddContributionAsync(consultation, Policymaker, "Off topic");
        await Client.LoginAsRoleAsync(Roles.Editor);
        string Action(int id, string verb) => $"{consultation.DeskUrl()}/contributions/{id}/{verb}";

        var accepted = await Client.SubmitAsync(consultation.DeskUrl(), new Dictionary<string, string>(), Action(good, "accept"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        var stored = Factory.WithDb(db => db.Contributions.Single(c => c.Id == good));
        Assert.Equal(ContributionStatus.Accepted, stored.Status);
        Assert.Equal("Demo Editor", stored.ModeratedByName);
        Assert.NotNull(stored.ModeratedAt);

        var refused = await Client.SubmitAsync(consultation.DeskUrl(), new Dictionary<string, string> { ["Reason"] = "" }, Action(bad, "reject"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Say why the contribution is rejected; its author will see the reason.", refused.Errors);
        Assert.Equal(ContributionStatus.Submitted, Factory.WithDb(db => db.Contributions.Single(c => c.Id == bad).Status));

        var rejected = await Client.SubmitAsync(refused, new Dictionary<string, string> { ["Reason"] = "Not about detention." }, Action(bad, "reject"));
        Assert.Equal(HttpStatusCode.Redirect, rejected.Status);
        stored = Factory.WithDb(db => db.Contributions.Single(c => c.Id == bad));
        Assert.Equal(ContributionStatus.Rejected, stored.Status);
        Assert.Equal("Not about detention.", stored.ModerationNote);

        Assert.Equal("Your contribution is accepted: " + consultation.Title, Assert.Single(Mailbox.To(Researcher)).Subject);
        var rejection = Assert.Single(Mailbox.To(Policymaker));
        Assert.Equal("Your contribution was not accepted: " + consultation.Title, rejection.Subject);
        Assert.Contains("Their reason: Not about detention.", rejection.TextBody, StringComparison.Ordinal);

        var publicPage = (await NewClient().GetAsync($"/consultations/{consultation.Slug}")).Text;
        Assert.Contains("Evidence from Lisbon", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Off topic", publicPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_on_a_text_its_author_changed_meanwhile_is_refused()
    {
        var consultation = await Factory.AddConsultationAsync(Meeting());
        var id = await Factory.AddContributionAsync(consultation, Researcher, "First draft");
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync(consultation.DeskUrl());

        await Factory.WithDbAsync(async db =>
        {
            db.Contributions.Single().Body = "Something else entirely.";
            await db.SaveChangesAsync();
        });
        var stale = await Client.SubmitAsync(page, new Dictionary<string, string>(), $"{consultation.DeskUrl()}/contributions/{id}/accept");
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains(stale.Errors, e => e.StartsWith("This contribution changed since you opened the page", StringComparison.Ordinal));
        Assert.Contains("Something else entirely.", stale.One($"#contribution-{id}")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ContributionStatus.Submitted, Factory.WithDb(db => db.Contributions.Single().Status));
    }

    [Fact]
    public async Task A_contribution_of_another_consultation_cannot_be_moderated_through_this_one()
    {
        var mine = await Factory.AddConsultationAsync(Meeting("Mine"));
        var other = await Factory.AddConsultationAsync(Meeting("Other"));
        var id = await Factory.AddContributionAsync(other, Researcher, "Elsewhere");
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.PostWithTokenAsync($"{mine.DeskUrl()}/contributions/{id}/accept", new Dictionary<string, string> { ["Version"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(ContributionStatus.Submitted, Factory.WithDb(db => db.Contributions.Single().Status));
    }

    [Fact]
    public async Task Editors_open_a_contributions_pdf_from_the_page()
    {
        var consultation = await Factory.AddConsultationAsync(Meeting());
        var id = await Factory.AddContributionAsync(consultation, Researcher, "With a PDF");
        Directory.CreateDirectory(Path.Combine(Factory.DataPath, "contributions"));
        await File.WriteAllBytesAsync(Path.Combine(Factory.DataPath, "contributions", "stored.pdf"), "%PDF-1.4 test"u8.ToArray());
        await Factory.WithDbAsync(async db =>
        {
            var c = db.Contributions.Single();
            (c.AttachmentStoredName, c.AttachmentOriginalName, c.AttachmentSize) = ("stored.pdf", "evidence.pdf", 13);
            await db.SaveChangesAsync();
        });
        await Client.LoginAsRoleAsync(Roles.Editor);
        var link = (await Client.GetAsync(consultation.DeskUrl())).One($"#contribution-{id} a[href$='/attachment']")!.GetAttribute("href")!;
        var response = await Client.Http.GetAsync(link);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("evidence.pdf", response.Content.Headers.ContentDisposition!.FileName);
    }
}
