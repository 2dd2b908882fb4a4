using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Storage;

/// <summary>With <c>Storage:Files=Database</c> uploads go through the database end to end: another instance with no
/// shared disk would serve the same bytes.</summary>
public sealed class DatabaseStorageTests(DatabaseFilesFactory factory) : PortalTest<DatabaseFilesFactory>(factory)
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8, .. Enumerable.Range(0, 50_000).Select(i => (byte)(i % 251))];

    [Fact]
    public async Task An_editors_pdf_is_downloaded_by_a_visitor_byte_for_byte_and_no_upload_folder_is_written()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Stored in the database"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        var edit = $"/editor/briefs/{brief.Id}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await Client.UploadAsync(edit, $"/editor/briefs/{brief.Id}/pdf", "pdf", Pdf, "original.pdf")).Status);

        var stored = await Factory.WithDbAsync(db => db.StoredFiles.AsNoTracking().Select(f => f.Key).ToListAsync());
        Assert.Equal("brief-pdfs/", Assert.Single(stored)[..11]);
        Assert.Empty(Factory.FilesInUploadFolders());

        // The same response as from disk: type, name, validators and ranges.
        var visitor = NewClient();
        var download = await visitor.Http.GetAsync("/briefs/stored-in-the-database/pdf");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("resoma-stored-in-the-database.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.NotNull(download.Headers.ETag);
        Assert.Equal("bytes", Assert.Single(download.Headers.AcceptRanges));

        using var range = new HttpRequestMessage(HttpMethod.Get, "/briefs/stored-in-the-database/pdf") { Headers = { Range = new RangeHeaderValue(100, 199) } };
        var part = await NewClient().Http.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(Pdf[100..200], await part.Content.ReadAsByteArrayAsync());

        await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/briefs/{brief.Id}/pdf/delete");
        Assert.Empty(await Factory.WithDbAsync(db => db.StoredFiles.AsNoTracking().ToListAsync()));
        Assert.Empty(Factory.FilesInUploadFolders());
    }
}
