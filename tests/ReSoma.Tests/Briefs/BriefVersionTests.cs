using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Briefs;

/// <summary>Published corrections make versions: the page says which version it is and what changed, every earlier
/// version stays readable at its own address, and an editor can start again from any of them.</summary>
public sealed class BriefVersionTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static Dictionary<string, string> Values(params (string Key, string Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);

    private async Task<int> PublishedThroughTheEditorAsync(string title)
    {
        var draft = await Factory.AddBriefAsync(new NewBrief(title) { Status = BriefStatus.Draft, Body = "The first text." });
        var published = await Client.SubmitAsync($"/editor/briefs/{draft.Id}/edit", Values(), $"/editor/briefs/{draft.Id}/publish");
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        return draft.Id;
    }

    [Fact]
    public async Task A_correction_needs_a_note_and_makes_a_version_that_readers_see_with_the_earlier_one_kept()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var id = await PublishedThroughTheEditorAsync("Reception standards");
        var first = Assert.Single(Factory.WithDb(db => db.BriefVersions.Where(v => v.BriefId == id).ToList()));
        Assert.Equal((1, "The first text.", ""), (first.Number, first.Body, first.ChangeNote));
        Assert.Null((await NewClient().GetAsync("/briefs/reception-standards")).One("#version-note"));

        var edit = $"/editor/briefs/{id}/edit";
        var noNote = await Client.SubmitAsync(edit, Values(("Body", "The corrected text.")), edit);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noNote.Status);
        Assert.Contains("say what changed", noNote.One("#change-note-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The first text.", Factory.WithDb(db => db.Briefs.Single(b => b.Id == id).Body));

        var saved = await Client.SubmitAsync(edit, Values(("Body", "The corrected text."), ("ChangeNote", "Corrected the figure for Italy.")), edit);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var visitor = NewClient();
        var page = await visitor.GetAsync("/briefs/reception-standards");
        Assert.Contains("The corrected text.", page.One(".prose")!.TextContent, StringComparison.Ordinal);
        var note = page.One("#version-note")!.TextContent;
        Assert.Contains("Version 2", note, StringComparison.Ordinal);
        Assert.Contains("corrected on", note, StringComparison.Ordinal);
        Assert.Contains("Corrected the figure for Italy.", note, StringComparison.Ordinal);
        Assert.Equal("/briefs/reception-standards/versions/1", page.One("#earlier-versions a")!.GetAttribute("href"));

        var earlier = await visitor.GetAsync("/briefs/reception-standards/versions/1");
        Assert.Equal(HttpStatusCode.OK, earlier.Status);
        Assert.Contains("The first text.", earlier.One(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("version 1 of 2", earlier.One("#version-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("noindex", earlier.One("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/briefs/reception-standards/versions/3")).Status);

        // Saving the same text again makes no version and needs no note.
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(edit, Values(), edit)).Status);
        Assert.Equal(2, Factory.WithDb(db => db.BriefVersions.Count(v => v.BriefId == id)));
    }

    [Fact]
    public async Task A_brief_published_before_versions_existed_keeps_its_first_text_as_version_one()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Legacy brief") { Body = "What readers read in 2019.", PublishedOn = new DateOnly(2019, 5, 1) });
        await Client.LoginAsRoleAsync(Roles.Editor);
        var edit = $"/editor/briefs/{brief.Id}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(edit, Values(("Body", "Updated."), ("ChangeNote", "Updated the figures.")), edit)).Status);

        var versions = Factory.WithDb(db => db.BriefVersions.Where(v => v.BriefId == brief.Id).OrderBy(v => v.Number).ToList());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal("What readers read in 2019.", versions[0].Body);
        Assert.Equal(new DateTimeOffset(2019, 5, 1, 0, 0, 0, TimeSpan.Zero), versions[0].PublishedAt);
        Assert.Equal("Updated.", versions[1].Body);
    }

    [Fact]
    public async Task An_editor_restores_an_earlier_version_as_the_next_one()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var id = await PublishedThroughTheEditorAsync("Family reunion");
        var edit = $"/editor/briefs/{id}/edit";
        await Client.SubmitAsync(edit, Values(("Title", "Family reunion, revised"), ("Body", "A wrong correction."), ("ChangeNote", "Rewrote the text.")), edit);

        var form = await Client.GetAsync(edit);
        Assert.Equal($"{edit}?from=1", form.One("#brief-versions a[href$='from=1']")!.GetAttribute("href"));
        var restoring = await Client.GetAsync($"{edit}?from=1");
        Assert.Contains("holds the text of version 1", restoring.One("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Family reunion", restoring.One("#Title")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(restoring, Values(), edit)).Status);

        var latest = Factory.WithDb(db => db.BriefVersions.Where(v => v.BriefId == id).OrderByDescending(v => v.Number).First());
        Assert.Equal((3, "Family reunion", "The first text.", "Restored the text of version 1."), (latest.Number, latest.Title, latest.Body, latest.ChangeNote));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{edit}?from=9")).Status);
    }

    [Fact]
    public async Task Versions_of_a_brief_that_is_not_public_are_not_found()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var id = await PublishedThroughTheEditorAsync("Resettlement pledges");
        Assert.Equal(HttpStatusCode.OK, (await NewClient().GetAsync("/briefs/resettlement-pledges/versions/1")).Status);
        await Client.SubmitAsync($"/editor/briefs/{id}/edit", Values(), $"/editor/briefs/{id}/unpublish");
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/briefs/resettlement-pledges/versions/1")).Status);
    }
}
