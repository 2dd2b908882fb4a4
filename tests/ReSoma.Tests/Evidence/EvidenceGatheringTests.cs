using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Evidence;

/// <summary>The typed links read from every end: an event's page, a contribution on its consultation's page, a topic's
/// page gathering everything its briefs link to, and an interview's editor setting the briefs it discussed.</summary>
public sealed class EvidenceGatheringTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private Task<Page> LinkAsync(PortalClient editor, int briefId, string kind, string target) =>
        editor.SubmitAsync($"/editor/briefs/{briefId}/links", new Dictionary<string, string> { ["Kind"] = kind, ["Target"] = target }, $"/editor/briefs/{briefId}/links");

    private async Task<int> AcceptedContributionAsync(Consultation consultation, string title)
    {
        var author = (await Factory.AddStakeholdersAsync(1, prefix: "gathered")).Single();
        return await Factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == author).Select(u => u.Id).SingleAsync();
            var contribution = new Contribution { ConsultationId = consultation.Id, AuthorUserId = userId, Title = title, Status = ContributionStatus.Accepted, SubmittedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
            db.Contributions.Add(contribution);
            await db.SaveChangesAsync();
            return contribution.Id;
        });
    }

    [Fact]
    public async Task An_event_and_a_contribution_list_the_published_briefs_linking_to_them()
    {
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("Hearing on detention") { StartsIn = TimeSpan.FromDays(-20), DeadlineIn = TimeSpan.FromDays(-25), ShowContributions = true });
        var contribution = await AcceptedContributionAsync(consultation, "What Ghent tried");
        var conference = await Factory.AddEventAsync(new NewEvent("Detention conference"));
        var brief = await Factory.AddBriefAsync(new NewBrief("Detention in practice"));
        var draft = await Factory.AddBriefAsync(new NewBrief("Detention draft") { Status = BriefStatus.Draft });
        await Client.LoginAsRoleAsync(Roles.Editor);
        foreach (var id in new[] { brief.Id, draft.Id })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await LinkAsync(Client, id, "DiscussedIn", $"event:{conference.Id}")).Status);
            Assert.Equal(HttpStatusCode.Redirect, (await LinkAsync(Client, id, "Cites", $"contribution:{contribution}")).Status);
        }

        var visitor = NewClient();
        var eventPage = await visitor.GetAsync("/events/" + conference.Slug);
        Assert.Equal("Briefs discussed at this event", eventPage.One("#linked-from")!.PreviousElementSibling!.TextContent);
        Assert.Equal(["/briefs/detention-in-practice"], eventPage.Document.QuerySelectorAll("#linked-from a").Select(a => a.GetAttribute("href")!));

        var consultationPage = await visitor.GetAsync("/consultations/" + consultation.Slug);
        var cited = consultationPage.One($"#contribution-{contribution} .cited-in")!;
        Assert.Equal(["/briefs/detention-in-practice"], cited.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!));
    }

    [Fact]
    public async Task A_topic_page_gathers_its_events_and_the_evidence_its_briefs_link_to()
    {
        // The brief first, so that the consultation and the event take its topic.
        var options = await Factory.AddBriefAsync(new NewBrief("Detention options") { Series = BriefSeries.PolicyOptionBrief });
        var elsewhere = await Factory.AddBriefAsync(new NewBrief("Returns at sea") { Topic = "Search and rescue", Area = Area.Asylum });
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("Hearing on detention") { StartsIn = TimeSpan.FromDays(-20), DeadlineIn = TimeSpan.FromDays(-25), ShowContributions = true });
        var contribution = await AcceptedContributionAsync(consultation, "What Ghent tried");
        var conference = await Factory.AddEventAsync(new NewEvent("Detention conference") { TopicTitles = ["Immigration detention"] });
        var hidden = await Factory.AddEventAsync(new NewEvent("Detention retreat") { TopicTitles = ["Immigration detention"], Published = false });
        await Client.LoginAsRoleAsync(Roles.Editor);
        await LinkAsync(Client, options.Id, "Cites", $"contribution:{contribution}");
        await LinkAsync(Client, options.Id, "FollowsUp", $"brief:{elsewhere.Id}");

        var page = await NewClient().GetAsync("/topics/immigration-detention-2019");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["/events/" + conference.Slug], page.Document.QuerySelectorAll(".topic-events a").Select(a => a.GetAttribute("href")!));
        Assert.DoesNotContain(hidden.Title, page.Html, StringComparison.Ordinal);
        var linked = page.Document.QuerySelectorAll(".topic-linked-evidence li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, linked.Count);
        Assert.StartsWith("Cites:", linked[0], StringComparison.Ordinal);
        Assert.Contains("What Ghent tried", linked[0], StringComparison.Ordinal);
        Assert.StartsWith("Follows up:", linked[1], StringComparison.Ordinal);
        Assert.Contains("Returns at sea", linked[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interview_editor_links_the_briefs_it_discussed_and_both_pages_show_them()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Detention in practice"));
        var draft = await Factory.AddBriefAsync(new NewBrief("Detention draft") { Status = BriefStatus.Draft });
        var interview = await Factory.NewInterview(2019, 5, "Who decides on detention").Published(new DateTimeOffset(2019, 5, 1, 8, 0, 0, TimeSpan.Zero));

        await Client.LoginAsRoleAsync(Roles.Researcher);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync($"/editor/interviews/{interview.Id}/links")).Status);

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        Assert.NotNull((await editor.GetAsync($"/editor/interviews/{interview.Id}/edit")).One($"#edit-links[href='/editor/interviews/{interview.Id}/links']"));
        Task<Page> Link(string target) => editor.SubmitAsync($"/editor/interviews/{interview.Id}/links", new Dictionary<string, string> { ["Target"] = target }, $"/editor/interviews/{interview.Id}/links");

        var refused = await Link($"brief:{draft.Id}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Choose a published brief from the list.", refused.One("#target-error")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await Link($"brief:{brief.Id}")).Status);
        Assert.Equal("The interview is already linked to this brief.", (await Link($"brief:{brief.Id}")).One("#target-error")!.TextContent);

        var visitor = NewClient();
        Assert.NotNull((await visitor.GetAsync(interview.PublicPath)).One("#linked-from a[href='/briefs/detention-in-practice']"));
        Assert.Contains("Who decides on detention", (await visitor.GetAsync("/briefs/detention-in-practice")).One("[data-link-kind=DiscussedIn]")!.TextContent, StringComparison.Ordinal);

        var linkId = Factory.WithDb(db => db.BriefLinks.Single().Id);
        var removed = await editor.PostWithTokenAsync($"/editor/interviews/{interview.Id}/links/{linkId}/remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Equal(0, Factory.WithDb(db => db.BriefLinks.Count()));
    }
}
