using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Interviews.Editor.InterviewEditorData;

namespace ReSoma.Tests.Interviews.Editor;

public sealed class InterviewRevisionTests(InterviewEditorFactory factory) : PortalTest<InterviewEditorFactory>(factory)
{
    private async Task<int> EditedTwiceAsync()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync("/editor/interviews/new", Form())).Status);
        var id = Factory.WithDb(db => db.Interviews.Single().Id);
        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);
        var saved = await admin.SubmitAsync(EditUrl(id), new Dictionary<string, string>
        {
            ["Input.ExpertName"] = "Zoë Lindqvist",
            ["Input.Questions[0].Options"] = "Yes\nNo",
        }, EditUrl(id));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(EditUrl(id), new Dictionary<string, string>(), $"/editor/interviews/{id}/review")).Status);
        return id;
    }

    [Fact]
    public async Task The_history_lists_who_did_what_and_when()
    {
        var id = await EditedTwiceAsync();
        var page = await Client.GetAsync($"/editor/interviews/{id}/revisions");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("#revision-list tbody tr")
            .Select(r => (r.GetAttribute("data-number"), r.QuerySelector(".revision-action")!.TextContent, r.QuerySelector(".revision-editor")!.TextContent))
            .ToList();
        Assert.Equal([("3", "Sent to review", "Demo Editor"), ("2", "Edited", "Demo Admin"), ("1", "Created", "Demo Editor")], rows);
        Assert.Contains("10 Apr 2031 10:00", page.One("#revision-list tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Revision 3: Sent to review by Demo Editor", (await Client.GetAsync(EditUrl(id))).One("#last-change")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparing_two_revisions_shows_the_removed_and_added_lines()
    {
        var id = await EditedTwiceAsync();
        var page = await Client.GetAsync($"/editor/interviews/{id}/revisions/compare?from=1&to=2");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Revision 2: Edited by Demo Admin", page.One("#compared")!.TextContent, StringComparison.Ordinal);
        var removed = page.Document.QuerySelectorAll("#revision-diff .diff-removed del").Select(d => d.TextContent).ToList();
        var added = page.Document.QuerySelectorAll("#revision-diff .diff-added ins").Select(d => d.TextContent).ToList();
        Assert.Equal(["Removed: Maria Rossi", "Removed: - Partly"], removed);
        Assert.Equal(["Added: Zoë Lindqvist"], added);

        // The field headings of what changed stay, and long unchanged stretches are folded.
        var text = page.One("#revision-diff")!.TextContent;
        Assert.Contains("## Expert", text, StringComparison.Ordinal);
        Assert.Contains("## Question 1 (SingleChoice)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("## Standfirst", text, StringComparison.Ordinal);
        Assert.NotNull(page.One("#revision-diff .diff-skipped"));

        // Without numbers: the latest against the one before; the same revision twice has no differences.
        var latest = await Client.GetAsync($"/editor/interviews/{id}/revisions/compare");
        Assert.Contains("Revision 3", latest.One("#compared")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("No differences.", (await Client.GetAsync($"/editor/interviews/{id}/revisions/compare?from=2&to=2")).One(".diff-none")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/editor/interviews/{id}/revisions/compare?from=1&to=9")).Status);
    }
}
