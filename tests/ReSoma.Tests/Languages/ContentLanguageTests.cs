using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Tests.Interviews.Editor;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Languages;

/// <summary>
/// Content stays in the language it was written in: editors say which, and the pages, feeds and metadata mark it with
/// <c>lang</c>, whatever language the interface is shown in.
/// </summary>
public sealed class ContentLanguageTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_brief_written_in_French_is_marked_French_on_an_English_and_a_French_page()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Les alternatives à la rétention"));
        Assert.Equal(ContentLanguage.Default, brief.Language);
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = await Client.GetAsync($"/editor/briefs/{brief.Id}/edit");
        Assert.Equal("en", form.One("select[name=Language] option[selected]")?.GetAttribute("value"));
        Assert.Equal("fr", form.One("select[name=Language] option[value=fr]")?.GetAttribute("lang"));
        var saved = await Client.SubmitAsync(form, new Dictionary<string, string> { ["Language"] = "fr" }, $"/editor/briefs/{brief.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("fr", Factory.WithDb(db => db.Briefs.Single().Language));

        var english = await NewClient().GetAsync("/briefs/" + brief.Slug);
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("fr", english.One("h1")!.GetAttribute("lang"));
        Assert.Equal("fr", english.One(".prose")!.GetAttribute("lang"));

        var french = await NewClient().GetAsync("/briefs/" + brief.Slug + "?culture=fr");
        Assert.Equal("fr", french.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("fr", french.One("h1")!.GetAttribute("lang"));

        var list = await NewClient().GetAsync("/briefs");
        Assert.Equal("fr", list.One(".brief-card h2")!.GetAttribute("lang"));
        Assert.Contains("xml:lang=\"fr\"", await NewClient().Http.GetStringAsync("/briefs/feed"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_not_in_the_list_is_refused_with_a_message()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Detention"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.SubmitAsync($"/editor/briefs/{brief.Id}/edit", new Dictionary<string, string> { ["Language"] = "xx" }, $"/editor/briefs/{brief.Id}/edit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Choose the language the text is written in from the list.", page.Errors);
        Assert.Equal("en", Factory.WithDb(db => db.Briefs.Single().Language));

        page = await Client.SubmitAsync("/editor/news/new", new Dictionary<string, string>
        {
            ["Title"] = "Bad language", ["Date"] = "2019-03-04", ["Language"] = "<script>",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Choose the language the text is written in from the list.", page.Errors);
        Assert.Equal(0, Factory.WithDb(db => db.NewsPosts.Count()));
    }

    [Fact]
    public async Task News_records_its_language_and_shows_it_on_the_page_the_list_and_the_feed()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var created = await Client.SubmitAsync("/editor/news/new", new Dictionary<string, string>
        {
            ["Title"] = "Appel à contributions", ["Date"] = "2019-03-04", ["Teaser"] = "Envoyez-nous vos données.", ["Body"] = "Écrivez-nous.", ["Language"] = "fr",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var id = Factory.WithDb(db => db.NewsPosts.Single().Id);
        Assert.Equal("fr", Factory.WithDb(db => db.NewsPosts.Single().Language));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync($"/editor/news/{id}/edit", new Dictionary<string, string>(), $"/editor/news/{id}/publish")).Status);

        var page = await NewClient().GetAsync("/news/appel-a-contributions");
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("fr", page.One("h1")!.GetAttribute("lang"));
        Assert.Equal("fr", page.One(".prose")!.GetAttribute("lang"));
        Assert.Equal("fr", (await NewClient().GetAsync("/news")).One(".news-card h2")!.GetAttribute("lang"));
        Assert.Contains("xml:lang=\"fr\"", await NewClient().Http.GetStringAsync("/news/feed"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_that_says_nothing_is_English()
    {
        await Factory.AddNewsAsync(new NewNews("Conference in Brussels"));
        var page = await NewClient().GetAsync("/news/conference-in-brussels?culture=fr");
        Assert.Equal("fr", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", page.One("h1")!.GetAttribute("lang"));
    }
}

/// <summary>The interview editor's language field, on the interview editors' clock.</summary>
public sealed class InterviewContentLanguageTests(InterviewEditorFactory factory) : PortalTest<InterviewEditorFactory>(factory)
{
    [Fact]
    public async Task An_interview_records_its_language_and_refuses_one_not_in_the_list()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = InterviewEditorData.Form();
        form["Input.Language"] = "de";
        var created = await Client.SubmitAsync("/editor/interviews/new", form);
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var id = Factory.WithDb(db => db.Interviews.Single().Id);
        Assert.Equal("de", Factory.WithDb(db => db.Interviews.Single().Language));

        var preview = await Client.GetAsync($"/editor/interviews/{id}/preview");
        Assert.Equal("de", preview.One("h1")!.GetAttribute("lang"));
        Assert.Equal("de", preview.One(".interview-body")!.GetAttribute("lang"));

        var refused = await Client.SubmitAsync(InterviewEditorData.EditUrl(id), new Dictionary<string, string> { ["Input.Language"] = "klingon" }, InterviewEditorData.EditUrl(id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Choose the language the text is written in from the list.", refused.Errors);
        Assert.Equal("de", Factory.WithDb(db => db.Interviews.Single().Language));
    }
}
