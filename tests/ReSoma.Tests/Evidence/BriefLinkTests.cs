using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Briefs.Editor;

namespace ReSoma.Tests.Evidence;

/// <summary>Typed links between briefs and the rest of the evidence, through HTTP on real SQLite: set by editors, shown
/// both ways, only public ends to the public, and the author of a cited contribution told once.</summary>
public sealed class BriefLinkTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private async Task<(Consultation Consultation, int Accepted, int Rejected, string Author)> ContributionsAsync(bool showContributions = true)
    {
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("Detention hearing") { StartsIn = TimeSpan.FromDays(-20), DeadlineIn = TimeSpan.FromDays(-25), ShowContributions = showContributions });
        var authors = await Factory.AddStakeholdersAsync(2, prefix: "cited");
        var ids = await Factory.WithDbAsync(async db =>
        {
            var users = await db.Users.Where(u => authors.Contains(u.Email!)).OrderBy(u => u.Email).Select(u => u.Id).ToListAsync();
            var accepted = new Contribution { ConsultationId = consultation.Id, AuthorUserId = users[0], Title = "Alternatives seen in Ghent", Status = ContributionStatus.Accepted, SubmittedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
            var rejected = new Contribution { ConsultationId = consultation.Id, AuthorUserId = users[1], Title = "Off topic", Status = ContributionStatus.Rejected, SubmittedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
            db.Contributions.AddRange(accepted, rejected);
            await db.SaveChangesAsync();
            return (accepted.Id, rejected.Id);
        });
        return (consultation, ids.Item1, ids.Item2, authors.Order().First());
    }

    private Task<Page> LinkAsync(PortalClient editor, int briefId, string kind, string target) =>
        editor.SubmitAsync($"/editor/briefs/{briefId}/links", new Dictionary<string, string> { ["Kind"] = kind, ["Target"] = target }, $"/editor/briefs/{briefId}/links");

    [Fact]
    public async Task A_published_brief_citing_a_contribution_shows_it_both_ways_and_tells_the_author_once()
    {
        var (consultation, accepted, _, author) = await ContributionsAsync();
        var brief = await Factory.AddBriefAsync(new NewBrief("Detention options"));
        await Client.LoginAsRoleAsync(Roles.Editor);

        var added = await LinkAsync(Client, brief.Id, "Cites", $"contribution:{accepted}");
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        var again = await LinkAsync(Client, brief.Id, "Cites", $"contribution:{accepted}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.Status);
        Assert.Equal("The brief already has this link.", again.One("#target-error")!.TextContent);

        var visitor = NewClient();
        var briefPage = await visitor.GetAsync("/briefs/detention-options");
        Assert.Contains("Alternatives seen in Ghent", briefPage.One("[data-link-kind=Cites]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await visitor.GetAsync("/consultations/" + consultation.Slug)).One("#linked-from a[href='/briefs/detention-options']"));

        var mail = Assert.Single(Mailbox.To(author));
        Assert.Equal("Your contribution is cited: Detention options", mail.Subject);
        Assert.Contains("/briefs/detention-options", mail.TextBody, StringComparison.Ordinal);

        var mine = NewClient();
        await mine.LoginAsync(author, PortalFactory.Password);
        Assert.NotNull((await mine.GetAsync("/account/contributions")).One($"#contribution-{accepted} .cited-in a[href='/briefs/detention-options']"));
    }

    [Fact]
    public async Task A_draft_brief_tells_nobody_and_shows_nowhere_until_it_is_published()
    {
        var (consultation, accepted, _, author) = await ContributionsAsync(showContributions: false);
        var brief = await Factory.AddBriefAsync(new NewBrief("Detention draft options") { Status = BriefStatus.Draft });
        await Client.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await LinkAsync(Client, brief.Id, "Cites", $"contribution:{accepted}")).Status);
        Assert.Empty(Mailbox.To(author));
        Assert.Null((await NewClient().GetAsync("/consultations/" + consultation.Slug)).One("#linked-from"));

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<BriefEditor>().PublishAsync(brief.Id));
        }

        Assert.Single(Mailbox.To(author));
        // The consultation does not show its contributions: the brief names only "a written contribution".
        var cites = (await NewClient().GetAsync("/briefs/detention-draft-options")).One("[data-link-kind=Cites]")!.TextContent;
        Assert.Contains("A written contribution", cites, StringComparison.Ordinal);
        Assert.DoesNotContain("Alternatives seen in Ghent", cites, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_linkable_items_are_accepted_and_only_editors_set_links()
    {
        var (_, _, rejected, _) = await ContributionsAsync();
        var earlier = await Factory.AddBriefAsync(new NewBrief("Detention: what is at stake"));
        var later = await Factory.AddBriefAsync(new NewBrief("Detention: the options") { Series = BriefSeries.PolicyOptionBrief });

        await Client.LoginAsRoleAsync(Roles.Researcher);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync($"/editor/briefs/{later.Id}/links")).Status);

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        var refused = await LinkAsync(editor, later.Id, "Cites", $"contribution:{rejected}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("only accepted contributions", refused.One("#target-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await LinkAsync(editor, later.Id, "Cites", $"brief:{earlier.Id}")).Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await LinkAsync(editor, later.Id, "FollowsUp", $"brief:{later.Id}")).Status);
        Assert.Equal(0, Factory.WithDb(db => db.BriefLinks.Count()));

        Assert.Equal(HttpStatusCode.Redirect, (await LinkAsync(editor, later.Id, "FollowsUp", $"brief:{earlier.Id}")).Status);
        Assert.Contains("Detention: what is at stake", (await NewClient().GetAsync("/briefs/detention-the-options")).One("[data-link-kind=FollowsUp]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await NewClient().GetAsync("/briefs/detention-what-is-at-stake")).One("#linked-from a[href='/briefs/detention-the-options']"));
    }
}
