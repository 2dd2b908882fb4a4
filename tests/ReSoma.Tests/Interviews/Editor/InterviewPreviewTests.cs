using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Interviews.Editor.InterviewEditorData;

namespace ReSoma.Tests.Interviews.Editor;

public sealed class InterviewPreviewTests(InterviewEditorFactory factory) : PortalTest<InterviewEditorFactory>(factory)
{
    [Fact]
    public async Task The_preview_link_shows_the_public_page_marked_preview_to_any_editor()
    {
        var id = await Factory.AddInterviewAsync(new NewInterview("Who rescues at sea"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        var link = (await Client.GetAsync(EditUrl(id))).One("#preview-link")!.GetAttribute("value")!;
        Assert.EndsWith($"/editor/interviews/{id}/preview", link, StringComparison.Ordinal);

        // Another editor (here the admin) opens the link without the interview being published.
        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);
        var preview = await admin.GetAsync($"/editor/interviews/{id}/preview");
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("Preview", preview.One("#preview-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Who rescues at sea", preview.One("article h1")!.TextContent);
        Assert.Equal("Why does the ruling matter?", preview.One(".interview-body strong")!.TextContent);
        Assert.Equal("Maria Rossi", preview.One(".expert-name")!.TextContent);
        Assert.Equal("noindex", preview.One("meta[name=robots]")!.GetAttribute("content"));
        Assert.Contains("Answers cannot be sent from a preview.", preview.One("#questionnaire")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(InterviewStatus.Draft, Factory.Stored(id).Status);
    }

    [Fact]
    public async Task Readers_cannot_open_the_preview_link_nor_anything_else_of_the_back_office()
    {
        var id = await Factory.AddInterviewAsync(new NewInterview("Not for readers"));
        var anonymous = await Client.GetAsync($"/editor/interviews/{id}/preview");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        Assert.Contains("/account/login", anonymous.Location, StringComparison.Ordinal);

        var researcher = NewClient();
        await researcher.LoginAsRoleAsync(Roles.Researcher);
        foreach (var url in new[] { $"/editor/interviews/{id}/preview", $"/editor/interviews/{id}/edit", "/editor/interviews", $"/editor/interviews/{id}/results.csv" })
        {
            Assert.True((await researcher.GetAsync(url)).Status == HttpStatusCode.Forbidden, url);
        }

        var token = await researcher.TokenAsync();
        var posted = await researcher.PostAsync("/editor/interviews/live-preview", [new("__RequestVerificationToken", token), new("Input.Title", "Sneaky")]);
        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
    }

    [Fact]
    public async Task The_live_preview_renders_the_unsaved_form_as_the_public_page()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = Form("A title not saved yet");
        form["Input.Body"] = "**First question?**\n\n<script>alert(1)</script> An answer with [a link](javascript:alert(2)).";
        form["Input.Standfirst"] = "A standfirst typed a second ago.";
        var page = await Client.SubmitAsync("/editor/interviews/new", form, "/editor/interviews/new");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var id = Factory.WithDb(db => db.Interviews.Single().Id);

        var edit = await Client.GetAsync(EditUrl(id));
        Assert.Equal($"/editor/interviews/live-preview?id={id}", edit.One("#interview-form")!.GetAttribute("data-preview-url"));
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Changed, not saved",
            ["Input.Standfirst"] = "Typed just now.",
            ["Input.Questions[0].Text"] = "A question being written?",
            ["Input.Questions[0].Options"] = "Maybe\nSurely",
        };
        var preview = await PreviewAsync(edit, fields);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("Preview", preview.One("#preview-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Changed, not saved", preview.One("article h1")!.TextContent);
        Assert.Equal("Typed just now.", preview.One(".standfirst")!.TextContent);
        Assert.Contains("A question being written?", preview.One("#questionnaire")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Maybe", "Surely"], preview.Document.QuerySelectorAll("#questionnaire .form-check-label").Take(2).Select(l => l.TextContent));

        // Markdown without raw HTML and unsafe links, as on the public page.
        Assert.Null(preview.Document.QuerySelector(".interview-body script"));
        Assert.Null(preview.Document.QuerySelector(".interview-body a[href^='javascript']"));
        Assert.Equal("A title not saved yet", Factory.Stored(id).Title);

        // Half-typed input is shown, not refused.
        var halfTyped = await PreviewAsync(edit, new Dictionary<string, string> { ["Input.Title"] = "", ["Input.Month"] = "0", ["Input.Questions[0].Options"] = "" });
        Assert.Equal(HttpStatusCode.OK, halfTyped.Status);
        Assert.NotNull(halfTyped.One("#preview-banner"));
        Assert.Null(halfTyped.One("#questionnaire-errors"));
        Assert.Empty(halfTyped.Errors);
    }

    [Fact]
    public async Task The_live_preview_of_a_new_interview_needs_no_saved_one()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var create = await Client.GetAsync("/editor/interviews/new");
        var preview = await PreviewAsync(create, Form("Nothing saved"), "/editor/interviews/live-preview");
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal("Nothing saved", preview.One("article h1")!.TextContent);
        Assert.Equal(0, Factory.WithDb(db => db.Interviews.Count()));

        Assert.Equal(HttpStatusCode.NotFound, (await PreviewAsync(create, Form(), "/editor/interviews/live-preview?id=4242")).Status);
    }

    /// <summary>Posts the page's interview form to its live preview endpoint, as the editor's script does.</summary>
    private Task<Page> PreviewAsync(Page formPage, Dictionary<string, string> values, string? url = null)
    {
        var form = formPage.One("#interview-form")!;
        var endpoint = url ?? form.GetAttribute("data-preview-url")!;
        var fields = formPage.Document.QuerySelectorAll("#interview-form input[name], #interview-form textarea[name], #interview-form select[name]")
            .Where(e => e.GetAttribute("type") is not ("checkbox" or "file") || e.HasAttribute("checked"))
            .Select(e => new KeyValuePair<string, string>(
                e.GetAttribute("name")!,
                e switch
                {
                    AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value,
                    AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value ?? "",
                    _ => e.GetAttribute("value") ?? "",
                }))
            .Where(f => !values.ContainsKey(f.Key))
            .Concat(values)
            .ToList();
        return Client.PostAsync(endpoint, fields);
    }
}
