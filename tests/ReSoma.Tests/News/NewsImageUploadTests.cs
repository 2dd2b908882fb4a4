using System.Net;
using System.Net.Http.Headers;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.News;

/// <summary>Images come with the news form: checked by their first bytes, at most 2 MB, and described for readers who cannot see them.</summary>
public sealed class NewsImageUploadTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static readonly Dictionary<string, string> NewItem = new()
    {
        ["Title"] = "Conference photos",
        ["Date"] = "2020-02-06",
        ["Teaser"] = "The second day.",
        ["Body"] = "Text.",
    };

    private string[] StoredFiles => Directory.Exists(Factory.ImageFolder()) ? Directory.GetFiles(Factory.ImageFolder()) : [];

    /// <summary>Sends the form at <paramref name="action"/> on <paramref name="pageUrl"/> with a file and field values, as a browser does.</summary>
    private async Task<Page> SendAsync(string pageUrl, string action, IReadOnlyDictionary<string, string> values, byte[]? file, string fileName = "photo.png", string contentType = "image/png")
    {
        var form = (await Client.GetAsync(pageUrl)).Document.Forms.Single(f => f.GetAttribute("action") == action);
        using var body = new MultipartFormDataContent();
        var fields = form.Elements.OfType<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is not ("file" or "checkbox" or "submit") || (i.Type == "checkbox" && i.IsChecked))
            .Select(i => (i.Name!, i.Value))
            .Concat(form.Elements.OfType<AngleSharp.Html.Dom.IHtmlTextAreaElement>().Select(t => (t.Name!, t.Value)))
            .Where(f => !values.ContainsKey(f.Item1))
            .Concat(values.Select(v => (v.Key, v.Value)));
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            body.Add(content, "Image", fileName);
        }

        var response = await Client.Http.PostAsync(action, body);
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
    }

    private async Task<(int Id, string Edit)> CreateWithImageAsync(byte[] image, string alt = "Panel on local integration funding")
    {
        var values = new Dictionary<string, string>(NewItem) { ["ImageAlt"] = alt };
        var created = await SendAsync("/editor/news/new", "/editor/news/new", values, image);
        Assert.True(created.Status == HttpStatusCode.Redirect, $"create answered {(int)created.Status}: {string.Join(" ", created.Errors)}");
        var id = Factory.WithDb(db => db.NewsPosts.Single().Id);
        return (id, $"/editor/news/{id}/edit");
    }

    [Theory]
    [InlineData("png", "image/png")]
    [InlineData("jpeg", "image/jpeg")]
    [InlineData("webp", "image/webp")]
    public async Task A_jpeg_png_or_webp_is_stored_outside_wwwroot_with_the_type_its_content_shows(string kind, string expectedType)
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var bytes = kind switch { "png" => NewsBuilder.Png, "jpeg" => NewsBuilder.Jpeg, _ => NewsBuilder.WebP };
        // The declared type is deliberately wrong: only the content counts.
        var values = new Dictionary<string, string>(NewItem) { ["ImageAlt"] = "A photo" };
        var created = await SendAsync("/editor/news/new", "/editor/news/new", values, bytes, "photo.bin", "application/octet-stream");
        Assert.Equal(HttpStatusCode.Redirect, created.Status);

        var stored = Assert.Single(StoredFiles);
        Assert.DoesNotContain("wwwroot", stored, StringComparison.Ordinal);
        var post = Factory.WithDb(db => db.NewsPosts.Single());
        Assert.Equal(expectedType, post.ImageContentType);
        Assert.Equal("A photo", post.ImageAlt);

        // The editor sees it in the form and the preview before it is published.
        var edit = await Client.GetAsync($"/editor/news/{post.Id}/edit");
        var src = edit.One(".current-image img")!.GetAttribute("src")!;
        var served = await Client.Http.GetAsync(src);
        Assert.Equal(bytes, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(expectedType, served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(src, (await Client.GetAsync($"/editor/news/{post.Id}/preview")).One("article figure img")!.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().Http.GetAsync(src)).StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_and_nothing_is_stored()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var values = new Dictionary<string, string>(NewItem) { ["ImageAlt"] = "A photo" };
        var page = await SendAsync("/editor/news/new", "/editor/news/new", values, "<svg onload=\"alert(1)\"></svg>"u8.ToArray(), "photo.png", "image/png");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("\"photo.png\" is not a JPEG, PNG or WebP image: its content does not start like one. Nothing was stored.", page.Errors);
        Assert.Contains("choose it again", page.One("#image-help")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Conference photos", page.One("#Title")!.GetAttribute("value"));
        Assert.Empty(StoredFiles);
        Assert.Equal(0, Factory.WithDb(db => db.NewsPosts.Count()));
    }

    [Fact]
    public async Task An_image_over_2_MB_is_refused_with_the_limit()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        static byte[] Png(int size)
        {
            var bytes = new byte[size];
            NewsBuilder.Png.CopyTo(bytes, 0);
            return bytes;
        }

        var values = new Dictionary<string, string>(NewItem) { ["ImageAlt"] = "A photo" };
        var page = await SendAsync("/editor/news/new", "/editor/news/new", values, Png(3 * 1024 * 1024));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("The image is 3 MB; images can be at most 2 MB.", page.Errors);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SendAsync("/editor/news/new", "/editor/news/new", values, Png((2 * 1024 * 1024) + 1))).Status);
        Assert.Empty(StoredFiles);

        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync("/editor/news/new", "/editor/news/new", values, Png(2 * 1024 * 1024))).Status);
        Assert.Single(StoredFiles);
    }

    [Fact]
    public async Task An_image_needs_its_alt_text_on_create_and_for_as_long_as_it_stays()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var values = new Dictionary<string, string>(NewItem) { ["ImageAlt"] = " " };
        var refused = await SendAsync("/editor/news/new", "/editor/news/new", values, NewsBuilder.Png);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Describe the image (alt text): readers who cannot see it rely on the description.", refused.Errors);
        Assert.Empty(StoredFiles);
        Assert.Equal(0, Factory.WithDb(db => db.NewsPosts.Count()));

        var (id, edit) = await CreateWithImageAsync(NewsBuilder.Png);
        var cleared = await Client.SubmitAsync(edit, new Dictionary<string, string> { ["ImageAlt"] = "" }, edit);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, cleared.Status);
        Assert.Contains("Describe the image (alt text): readers who cannot see it rely on the description.", cleared.Errors);
        Assert.Equal("Panel on local integration funding", Factory.WithDb(db => db.NewsPosts.Single(n => n.Id == id).ImageAlt));

        // Without an image no description is needed.
        var removed = await Client.SubmitAsync(edit, new Dictionary<string, string> { ["ImageAlt"] = "", ["RemoveImage"] = "true" }, edit);
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        var post = Factory.WithDb(db => db.NewsPosts.Single());
        Assert.Null(post.ImageStoredName);
        Assert.Equal("", post.ImageAlt);
        Assert.Empty(StoredFiles);
    }

    [Fact]
    public async Task Replacing_the_image_deletes_the_old_file_and_changes_the_address()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var (id, edit) = await CreateWithImageAsync(NewsBuilder.Png);
        var before = (await Client.GetAsync(edit)).One(".current-image img")!.GetAttribute("src");

        var replaced = await SendAsync(edit, edit, new Dictionary<string, string>(), NewsBuilder.Jpeg, "new.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.Redirect, replaced.Status);
        Assert.Single(StoredFiles);
        Assert.EndsWith(".jpg", StoredFiles[0], StringComparison.Ordinal);
        var after = (await Client.GetAsync(edit)).One(".current-image img")!.GetAttribute("src");
        Assert.NotEqual(before, after);
        Assert.Equal(NewsBuilder.Jpeg, await Client.Http.GetByteArrayAsync(after));
        Assert.Equal("image/jpeg", Factory.WithDb(db => db.NewsPosts.Single(n => n.Id == id).ImageContentType));
    }

    [Fact]
    public async Task Publishing_refuses_an_image_without_a_description()
    {
        var post = await Factory.AddNewsAsync(new NewNews("Undescribed") { Published = false, Image = NewsBuilder.Png, ImageAlt = "" });
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.PostWithTokenAsync($"/editor/news/{post.Id}/publish");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Describe the image (alt text) before publishing.", page.Errors);
        Assert.False(Factory.WithDb(db => db.NewsPosts.Single().IsPublished));
    }
}
