using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.News;

public sealed class EditorNewsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static Dictionary<string, string> Form(string title = "Call for contributions") => new()
    {
        ["Title"] = title,
        ["Date"] = "2019-03-04",
        ["Teaser"] = "Send us your evidence.",
        ["Body"] = "## How to take part\n\nWrite to us.",
    };

    private async Task<(int Id, string Edit)> CreateAsync(Dictionary<string, string>? form = null)
    {
        form ??= Form();
        var created = await Client.SubmitAsync("/editor/news/new", form);
        Assert.True(created.Status == HttpStatusCode.Redirect, $"create answered {(int)created.Status}: {string.Join(" ", created.Errors)}");
        var id = Factory.WithDb(db => db.NewsPosts.Single(n => n.Title == form["Title"]).Id);
        Assert.Equal($"/editor/news/{id}/edit?done=created", created.Location);
        return (id, $"/editor/news/{id}/edit");
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_editor_creates_a_draft_that_is_nowhere_public()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (id, edit) = await CreateAsync();

        var post = Factory.WithDb(db => db.NewsPosts.Include(n => n.Search).Single(n => n.Id == id));
        Assert.False(post.IsPublished);
        Assert.Null(post.PublishedAt);
        Assert.Equal("call-for-contributions", post.Slug);
        Assert.Equal(new DateOnly(2019, 3, 4), post.Date);
        Assert.Equal("Send us your evidence.", post.Teaser);
        Assert.False(post.Search!.IsPublic);

        var visitor = NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/news/call-for-contributions")).Status);
        Assert.DoesNotContain("Call for contributions", (await visitor.GetAsync("/news")).Text, StringComparison.Ordinal);
        Assert.Empty(Atom.Parse(await visitor.Http.GetStringAsync("/news/feed")).Items);

        var page = await Client.GetAsync(edit + "?done=created");
        Assert.Equal("Draft", page.One("#news-status")!.TextContent);
        Assert.Equal("Draft created.", page.One(".alert-success")!.TextContent);
    }

    [Fact]
    public async Task The_preview_is_the_public_page_marked_preview_for_any_editor()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (id, _) = await CreateAsync();

        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);
        var preview = await admin.GetAsync($"/editor/news/{id}/preview");
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("Preview", preview.One(".preview-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Status: Draft", preview.One(".preview-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Call for contributions", preview.One("h1")!.TextContent);
        Assert.Equal("How to take part", preview.One(".prose h2")!.TextContent);
        Assert.Equal("noindex", preview.One("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Publishing_makes_it_public_and_unpublishing_makes_it_404_again()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (id, edit) = await CreateAsync();

        var published = await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/news/{id}/publish");
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        var visitor = NewClient();
        var page = await visitor.GetAsync("/news/call-for-contributions");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Call for contributions", page.One("h1")!.TextContent);
        Assert.Equal(["Call for contributions"], Atom.Parse(await visitor.Http.GetStringAsync("/news/feed")).Items.Select(i => i.Title.Text));
        var stored = Factory.WithDb(db => db.NewsPosts.Include(n => n.Search).Single());
        Assert.True(stored.IsPublished);
        Assert.NotNull(stored.PublishedAt);
        Assert.True(stored.Search!.IsPublic);

        var unpublished = await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/news/{id}/unpublish");
        Assert.Equal(HttpStatusCode.Redirect, unpublished.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/news/call-for-contributions")).Status);
        Assert.Empty(Atom.Parse(await visitor.Http.GetStringAsync("/news/feed")).Items);
        Assert.False(Factory.WithDb(db => db.NewsPosts.Include(n => n.Search).Single().Search!.IsPublic));
    }

    [Fact]
    public async Task An_item_without_teaser_or_text_cannot_be_published_and_the_editor_is_told_why()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = Form("Too thin");
        form["Teaser"] = "";
        form["Body"] = " ";
        var (id, edit) = await CreateAsync(form);

        var page = await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/news/{id}/publish");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Write the teaser before publishing.", page.Errors);
        Assert.Contains("Write the text before publishing.", page.Errors);
        Assert.False(Factory.WithDb(db => db.NewsPosts.Single().IsPublished));
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/news/too-thin")).Status);
    }

    [Fact]
    public async Task Related_topics_and_events_are_saved_shown_and_searchable()
    {
        await Factory.AddCycleAsync(2019, topics: [("Public opinion on migration", Area.Integration), ("Private sponsorship programmes", Area.Integration)]);
        var conference = await Factory.AddEventAsync("ReSOMA final conference", "resoma-final-conference-lisbon");
        var topicId = Factory.WithDb(db => db.Topics.Single(t => t.Slug == "public-opinion-on-migration").Id);
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = Form();
        form["TopicIds"] = Id(topicId);
        form["EventIds"] = Id(conference.Id);
        var (id, edit) = await CreateAsync(form);

        var editPage = await Client.GetAsync(edit);
        Assert.NotNull(editPage.One($"#topic-{topicId}[checked]"));
        Assert.NotNull(editPage.One($"#event-{conference.Id}[checked]"));
        Assert.Equal(2, editPage.Document.QuerySelectorAll("input[name=TopicIds]").Length);

        // A save that changes only the text keeps the links, and the search text names them.
        await Client.SubmitAsync(edit, new Dictionary<string, string> { ["Body"] = "New text." }, edit);
        await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/news/{id}/publish");
        var post = Factory.WithDb(db => db.NewsPosts.Include(n => n.Topics).Include(n => n.Events).Include(n => n.Search).Single());
        Assert.Equal(["Public opinion on migration"], post.Topics.Select(t => t.Title));
        Assert.Equal(["ReSOMA final conference"], post.Events.Select(e => e.Title));
        Assert.Contains("Public opinion on migration", post.Search!.Keywords, StringComparison.Ordinal);
        Assert.Contains("ReSOMA final conference", post.Search.Keywords, StringComparison.Ordinal);

        var page = await NewClient().GetAsync("/news/call-for-contributions");
        Assert.Equal("/topics/public-opinion-on-migration", page.One(".related-topics a")!.GetAttribute("href"));
        Assert.Equal("/events/resoma-final-conference-lisbon", page.One(".related-events a")!.GetAttribute("href"));

        // Unticking every topic removes the link.
        var cleared = await Client.GetAsync(edit);
        var fields = new Dictionary<string, string> { ["TopicIds"] = "0" };
        await Client.SubmitAsync(cleared, fields, edit);
        Assert.Empty(Factory.WithDb(db => db.NewsPosts.Include(n => n.Topics).Single().Topics));
    }

    [Fact]
    public async Task A_changed_title_keeps_the_slug_and_slugs_stay_unique_and_clear_of_the_sections_own_addresses()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (id, edit) = await CreateAsync(Form("Same title"));
        var saved = await Client.SubmitAsync(edit, new Dictionary<string, string> { ["Title"] = "A different title" }, edit);
        Assert.Equal($"/editor/news/{id}/edit?done=saved", saved.Location);
        Assert.Equal(("same-title", "A different title"), Factory.WithDb(db => db.NewsPosts.Select(n => new { n.Slug, n.Title }).AsEnumerable().Select(n => (n.Slug, n.Title)).Single()));

        await CreateAsync(Form("Same title"));
        await CreateAsync(Form("Feed"));
        await CreateAsync(Form("Images"));
        Assert.Equal(["same-title", "same-title-2", "feed-2", "images-2"], Factory.WithDb(db => db.NewsPosts.OrderBy(n => n.Id).Select(n => n.Slug).ToList()));
    }

    [Fact]
    public async Task Two_editors_saving_the_same_version_the_second_gets_409_with_both_versions_and_keeps_the_input()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (_, edit) = await CreateAsync();
        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);
        var editorForm = await Client.GetAsync(edit);
        var adminForm = await admin.GetAsync(edit);

        var first = await admin.SubmitAsync(adminForm, new Dictionary<string, string> { ["Teaser"] = "The admin's teaser." }, edit);
        Assert.Equal(HttpStatusCode.Redirect, first.Status);

        var second = await Client.SubmitAsync(editorForm, new Dictionary<string, string> { ["Teaser"] = "The editor's teaser.", ["Title"] = "The editor's title" }, edit);
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Contains(second.Errors, e => e.Contains("Another editor saved this news item", StringComparison.Ordinal));
        Assert.Contains("The admin's teaser.", second.One("#their-version")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The editor's teaser.", second.One("#Teaser")!.TextContent.Trim());
        Assert.Equal("The editor's title", second.One("#Title")!.GetAttribute("value"));
        Assert.Equal("The admin's teaser.", Factory.WithDb(db => db.NewsPosts.Single().Teaser));

        var resolved = await Client.SubmitAsync(second, new Dictionary<string, string>(), edit);
        Assert.Equal(HttpStatusCode.Redirect, resolved.Status);
        Assert.Equal("The editor's teaser.", Factory.WithDb(db => db.NewsPosts.Single().Teaser));
    }

    [Fact]
    public async Task Invalid_input_is_refused_with_messages_and_nothing_is_saved()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = Form();
        form["Title"] = " ";
        form["Date"] = "";
        var page = await Client.SubmitAsync("/editor/news/new", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Give the news item a title.", page.Errors);
        Assert.Contains("Give the date the news is about.", page.Errors);
        Assert.Equal("Send us your evidence.", page.One("#Teaser")!.TextContent.Trim());
        Assert.Equal(0, Factory.WithDb(db => db.NewsPosts.Count()));

        var (_, edit) = await CreateAsync();
        var refused = await Client.SubmitAsync(edit, new Dictionary<string, string> { ["Title"] = new string('x', 201) }, edit);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("The title can be at most 200 characters.", refused.Errors);
        Assert.Equal("Call for contributions", Factory.WithDb(db => db.NewsPosts.Single().Title));
    }

    [Fact]
    public async Task A_draft_can_be_deleted_but_a_published_item_must_be_unpublished_first()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (id, edit) = await CreateAsync();
        await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/news/{id}/publish");

        var refused = await Client.PostWithTokenAsync($"/editor/news/{id}/delete");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Only a draft can be deleted: unpublish the item first.", refused.Errors);
        Assert.Equal(1, Factory.WithDb(db => db.NewsPosts.Count()));

        await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/news/{id}/unpublish");
        var deleted = await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/news/{id}/delete");
        Assert.Equal("/editor/news?done=deleted", deleted.Location);
        Assert.Equal(0, Factory.WithDb(db => db.NewsPosts.Count()));
        Assert.Equal(0, Factory.WithDb(db => db.SearchDocuments.Count(d => d.Kind == NewsPost.SearchKind)));
        Assert.Equal("The draft is deleted.", (await Client.GetAsync(deleted.Location!)).One(".alert-success")!.TextContent);
    }

    [Fact]
    public async Task The_editor_list_shows_drafts_and_published_items()
    {
        await Factory.AddNewsAsync(new NewNews("Published one") { Date = new(2019, 5, 1) });
        await Factory.AddNewsAsync(new NewNews("Draft one") { Date = new(2019, 6, 1), Published = false });
        await Client.LoginAsRoleAsync(Roles.Editor);

        var all = await Client.GetAsync("/editor/news");
        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Equal(["Draft one", "Published one"], all.Document.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent));
        Assert.Equal(["Draft", "Published"], all.Document.QuerySelectorAll("tbody .badge").Select(b => b.TextContent));
        var drafts = await Client.GetAsync("/editor/news?status=draft");
        Assert.Equal(["Draft one"], drafts.Document.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent));
        var published = await Client.GetAsync("/editor/news?status=published");
        Assert.Equal(["Published one"], published.Document.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Unknown_ids_are_404_in_the_back_office()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/editor/news/1/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/editor/news/1/preview")).Status);
        foreach (var action in new[] { "publish", "unpublish", "delete" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Client.PostWithTokenAsync($"/editor/news/1/{action}")).Status);
        }

        var edit = await Client.PostWithTokenAsync("/editor/news/1/edit", Form().Append(new("Version", "0")).ToDictionary());
        Assert.Equal(HttpStatusCode.NotFound, edit.Status);
    }

    [Fact]
    public async Task The_editorial_menu_links_to_the_news_back_office()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync("/editor/news");
        Assert.NotNull(page.One(".dropdown-menu a[href='/editor/news']"));
    }
}
