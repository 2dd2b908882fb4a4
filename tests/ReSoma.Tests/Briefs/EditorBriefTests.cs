using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Briefs;

public sealed class EditorBriefTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private async Task<int> TopicIdAsync()
    {
        await Factory.AddCycleAsync(2019, topics: ("Immigration detention", Area.Migration));
        return Factory.WithDb(db => db.Topics.Single().Id);
    }

    private static Dictionary<string, string> Form(int topicId, string title = "A new brief") => new()
    {
        ["Title"] = title,
        ["TopicId"] = topicId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Series"] = nameof(BriefSeries.PolicyOptionBrief),
        ["Summary"] = "What the options are.",
        ["Body"] = "## Options\n\nThree options.",
        ["Keywords"] = "detention ; alternatives",
        ["Language"] = "en",
        ["Authors"] = "Ana Ribeiro; ISMU Foundation\nZoë Lindqvist",
    };

    private async Task<(int Id, string EditUrl)> CreateAsync(int topicId, string title = "A new brief")
    {
        var created = await Client.SubmitAsync("/editor/briefs/new", Form(topicId, title));
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var id = Factory.WithDb(db => db.Briefs.Single(b => b.Title == title).Id);
        return (id, $"/editor/briefs/{id}/edit");
    }

    [Fact]
    public async Task An_editor_creates_a_draft_that_the_public_cannot_see()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (id, _) = await CreateAsync(await TopicIdAsync());
        var brief = await Factory.WithDbAsync(db => db.Briefs.Include(b => b.Authors).ThenInclude(a => a.Organisation).SingleAsync(b => b.Id == id));
        Assert.Equal(BriefStatus.Draft, brief.Status);
        Assert.Equal("a-new-brief", brief.Slug);
        Assert.Equal("detention; alternatives", brief.Keywords);
        Assert.Equal(["Ana Ribeiro", "Zoë Lindqvist"], brief.Authors.OrderBy(a => a.Position).Select(a => a.Name));
        Assert.Equal("ISMU Foundation", brief.Authors.Single(a => a.Position == 1).Organisation!.Name);
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/briefs/a-new-brief")).Status);
        Assert.Empty(BriefLibraryTests.Titles(await NewClient().GetAsync("/briefs?q=options")));
    }

    [Fact]
    public async Task The_preview_is_the_public_page_marked_preview()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (id, _) = await CreateAsync(await TopicIdAsync());
        var preview = await Client.GetAsync($"/editor/briefs/{id}/preview");
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("Preview", preview.One(".preview-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("A new brief", preview.One("h1")!.TextContent);
        Assert.Equal("Options", preview.One(".prose h2")!.TextContent);
        Assert.Equal("noindex", preview.One("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Publishing_makes_it_public_and_unpublishing_hides_it_again()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (id, edit) = await CreateAsync(await TopicIdAsync());
        var published = await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/briefs/{id}/publish");
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        var page = await NewClient().GetAsync("/briefs/a-new-brief");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(Factory.WithDb(db => db.Briefs.Single().PublishedOn));

        await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/briefs/{id}/unpublish");
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/briefs/a-new-brief")).Status);
    }

    [Fact]
    public async Task A_brief_without_text_or_authors_cannot_be_published()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var topicId = await TopicIdAsync();
        var form = Form(topicId, "Too thin");
        form["Body"] = "";
        form["Authors"] = "";
        await Client.SubmitAsync("/editor/briefs/new", form);
        var id = Factory.WithDb(db => db.Briefs.Single().Id);
        var page = await Client.SubmitAsync($"/editor/briefs/{id}/edit", new Dictionary<string, string>(), $"/editor/briefs/{id}/publish");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("A brief needs a text, at least one author before it can be published.", page.Errors);
        Assert.Equal(BriefStatus.Draft, Factory.WithDb(db => db.Briefs.Single().Status));
    }

    [Fact]
    public async Task Withdrawing_needs_a_reason_which_readers_then_see()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (id, edit) = await CreateAsync(await TopicIdAsync());
        await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/briefs/{id}/publish");
        var refused = await Client.SubmitAsync(edit, new Dictionary<string, string> { ["Reason"] = " " }, $"/editor/briefs/{id}/withdraw");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Say why the brief is withdrawn; readers will see the reason.", refused.Errors);

        await Client.SubmitAsync(edit, new Dictionary<string, string> { ["Reason"] = "Data error in table 2." }, $"/editor/briefs/{id}/withdraw");
        var page = await NewClient().GetAsync("/briefs/a-new-brief");
        Assert.Contains("Data error in table 2.", page.One("#withdrawn-notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_title_keeps_the_slug_and_slugs_stay_unique()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var topicId = await TopicIdAsync();
        var (id, edit) = await CreateAsync(topicId, "Same title");
        await Client.SubmitAsync(edit, new Dictionary<string, string> { ["Title"] = "A completely different title" }, edit);
        Assert.Equal("same-title", Factory.WithDb(db => db.Briefs.Single(b => b.Id == id).Slug));

        await CreateAsync(topicId, "Same title");
        Assert.Equal(["same-title", "same-title-2"], Factory.WithDb(db => db.Briefs.OrderBy(b => b.Id).Select(b => b.Slug).ToList()));
    }

    [Fact]
    public async Task Two_editors_saving_the_same_version_the_second_sees_both_and_loses_nothing()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (id, edit) = await CreateAsync(await TopicIdAsync());
        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);
        var editorForm = await Client.GetAsync(edit);
        var adminForm = await admin.GetAsync(edit);

        var first = await admin.SubmitAsync(adminForm, new Dictionary<string, string> { ["Summary"] = "The admin's summary." }, edit);
        Assert.Equal(HttpStatusCode.Redirect, first.Status);

        var second = await Client.SubmitAsync(editorForm, new Dictionary<string, string> { ["Summary"] = "The editor's summary." }, edit);
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Contains(second.Errors, e => e.Contains("Another editor saved this brief", StringComparison.Ordinal));
        Assert.Contains("The admin's summary.", second.One("#their-version")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The editor's summary.", second.One("#Summary")!.TextContent.Trim());
        Assert.Equal("The admin's summary.", Factory.WithDb(db => db.Briefs.Single().Summary));

        var resolved = await Client.SubmitAsync(second, new Dictionary<string, string>(), edit);
        Assert.Equal(HttpStatusCode.Redirect, resolved.Status);
        Assert.Equal("The editor's summary.", Factory.WithDb(db => db.Briefs.Single().Summary));
    }

    [Fact]
    public async Task Invalid_input_is_refused_with_messages()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var topicId = await TopicIdAsync();
        var form = Form(topicId);
        form["Title"] = "";
        form["Language"] = "English";
        form["Series"] = "Poem";
        var page = await Client.SubmitAsync("/editor/briefs/new", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Give the brief a title.", page.Errors);
        Assert.Contains("Choose the language the text is written in from the list.", page.Errors);
        Assert.Equal(0, Factory.WithDb(db => db.Briefs.Count()));

        var unknownTopic = Form(99_999);
        var refused = await Client.SubmitAsync("/editor/briefs/new", unknownTopic);
        Assert.Contains("Choose the topic the brief is about.", refused.Errors);
    }

    [Fact]
    public async Task The_editor_list_shows_every_status()
    {
        await Factory.AddBriefAsync(new NewBrief("Published one"));
        await Factory.AddBriefAsync(new NewBrief("Draft one") { Status = BriefStatus.Draft });
        await Client.LoginAsRoleAsync(Roles.Editor);
        var all = await Client.GetAsync("/editor/briefs");
        Assert.Equal(2, all.Document.QuerySelectorAll("tbody tr").Length);
        var drafts = await Client.GetAsync("/editor/briefs?status=draft");
        Assert.Equal(["Draft one"], drafts.Document.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task An_unknown_brief_id_is_404_in_the_back_office()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/editor/briefs/4242/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/editor/briefs/4242/preview")).Status);
    }
}
