using System.Net;
using System.Net.Http.Headers;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Interviews.Editor.InterviewEditorData;

namespace ReSoma.Tests.Interviews.Editor;

public sealed class InterviewPhotoTests(InterviewEditorFactory factory) : PortalTest<InterviewEditorFactory>(factory)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];
    private static readonly byte[] WebP = [.. "RIFF"u8, 26, 0, 0, 0, .. "WEBPVP8L"u8, 13, 0, 0, 0, 0x2F, 0, 0, 0, 0x10, 7, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0];

    private string PhotoFolder => Path.Combine(Factory.DataPath, "interview-photos");

    private string[] StoredFiles => Directory.Exists(PhotoFolder) ? Directory.GetFiles(PhotoFolder) : [];

    private async Task<int> DraftWithAltAsync(string alt = "Maria Rossi on the quay")
    {
        var id = await Factory.AddInterviewAsync(new NewInterview("With a face") { Month = 4 });
        await Client.LoginAsRoleAsync(Roles.Editor);
        if (alt.Length > 0)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(EditUrl(id), new Dictionary<string, string> { ["Input.ExpertPhotoAlt"] = alt }, EditUrl(id))).Status);
        }

        return id;
    }

    private Task<Page> UploadAsync(int id, byte[] content, string name, string type) =>
        Client.UploadAsync(EditUrl(id), EditUrl(id), "Input.Photo", content, name, type);

    [Fact]
    public async Task A_photo_needs_its_description_and_is_stored_outside_wwwroot_with_the_type_its_bytes_show()
    {
        var id = await DraftWithAltAsync(alt: "");
        var refused = await UploadAsync(id, Png, "maria.png", "image/png");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Describe the expert's photo (alt text): readers who cannot see it hear this instead.", refused.Errors);
        Assert.Empty(StoredFiles);

        await Client.SubmitAsync(EditUrl(id), new Dictionary<string, string> { ["Input.ExpertPhotoAlt"] = "Maria Rossi on the quay" }, EditUrl(id));
        // Declared as a JPEG, but the bytes are a PNG: the bytes decide.
        var saved = await UploadAsync(id, Png, "maria.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var stored = Factory.Stored(id);
        Assert.Equal("image/png", stored.ExpertPhotoContentType);
        var file = Assert.Single(StoredFiles);
        Assert.Equal(Path.Combine(PhotoFolder, stored.ExpertPhotoStoredName!), file);
        Assert.Equal(Png, await File.ReadAllBytesAsync(file));
        Assert.Equal("Edited (photo added)", Factory.Revisions(id).Last().Action);

        var page = await Client.GetAsync(EditUrl(id));
        Assert.Equal($"/interviews/photos/{id}?v={stored.Version}", page.One("#current-photo")!.GetAttribute("src"));

        // With a photo, the description cannot be emptied.
        var emptied = await Client.SubmitAsync(EditUrl(id), new Dictionary<string, string> { ["Input.ExpertPhotoAlt"] = " " }, EditUrl(id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, emptied.Status);
        Assert.Contains("Describe the expert's photo (alt text): readers who cannot see it hear this instead.", emptied.Errors);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_or_is_too_large_is_refused_and_nothing_is_stored()
    {
        var id = await DraftWithAltAsync();
        var script = await UploadAsync(id, "<svg onload=alert(1)></svg>"u8.ToArray(), "photo.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, script.Status);
        Assert.Contains("\"photo.jpg\" is not a JPEG, PNG or WebP image: its content does not start like one. Nothing was stored.", script.Errors);

        var huge = new byte[(2 * 1024 * 1024) + 1];
        Png.CopyTo(huge, 0);
        var tooLarge = await UploadAsync(id, huge, "huge.png", "image/png");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge.Status);
        Assert.Contains("The photo is 2 MB; photos can be at most 2 MB.", tooLarge.Errors);

        Assert.Empty(StoredFiles);
        Assert.Null(Factory.Stored(id).ExpertPhotoStoredName);
    }

    [Fact]
    public async Task An_unpublished_photo_is_for_editors_only_a_published_one_for_everyone()
    {
        var id = await DraftWithAltAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(id, WebP, "maria.webp", "image/webp")).Status);
        var url = $"/interviews/photos/{id}";

        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().Http.GetAsync(url)).StatusCode);
        var researcher = NewClient();
        await researcher.LoginAsRoleAsync(Roles.Researcher);
        Assert.Equal(HttpStatusCode.NotFound, (await researcher.Http.GetAsync(url)).StatusCode);

        var forEditor = await Client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, forEditor.StatusCode);
        Assert.Equal("image/webp", forEditor.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["nosniff"], forEditor.Headers.GetValues("X-Content-Type-Options"));
        Assert.True(forEditor.Headers.CacheControl!.Private);
        Assert.Equal(WebP, await forEditor.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(EditUrl(id), new Dictionary<string, string>(), $"/editor/interviews/{id}/publish")).Status);
        var version = Factory.Stored(id).Version;
        var publicPage = await NewClient().GetAsync("/interviews/2031/04/with-a-face");
        var img = publicPage.One(".expert-photo")!;
        Assert.Equal($"{url}?v={version}", img.GetAttribute("src"));
        Assert.Equal("Maria Rossi on the quay", img.GetAttribute("alt"));

        var reader = NewClient();
        var current = await reader.Http.GetAsync($"{url}?v={version}");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(["nosniff"], current.Headers.GetValues("X-Content-Type-Options"));
        Assert.True(current.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(365), current.Headers.CacheControl.MaxAge);
        Assert.Contains("immutable", current.Headers.CacheControl.Extensions.Select(e => e.Name));

        // An older address is checked again each time; its ETag makes the check cheap.
        var older = await reader.Http.GetAsync($"{url}?v={version - 1}");
        Assert.True(older.Headers.CacheControl!.NoCache);
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(older.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await reader.Http.SendAsync(again)).StatusCode);

        // Unpublished again: readers lose the photo with the page.
        await Client.SubmitAsync(EditUrl(id), new Dictionary<string, string>(), $"/editor/interviews/{id}/unpublish");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Replacing_or_removing_the_photo_deletes_the_old_file()
    {
        var id = await DraftWithAltAsync();
        await UploadAsync(id, Png, "first.png", "image/png");
        var first = Assert.Single(StoredFiles);

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(id, WebP, "second.webp", "image/webp")).Status);
        var second = Assert.Single(StoredFiles);
        Assert.NotEqual(first, second);
        Assert.Equal("Edited (photo changed)", Factory.Revisions(id).Last().Action);

        var removed = await Client.SubmitAsync(EditUrl(id), new Dictionary<string, string> { ["Input.RemovePhoto"] = "true", ["Input.ExpertPhotoAlt"] = "" }, EditUrl(id));
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Empty(StoredFiles);
        Assert.Null(Factory.Stored(id).ExpertPhotoStoredName);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.Http.GetAsync($"/interviews/photos/{id}")).StatusCode);
    }
}
