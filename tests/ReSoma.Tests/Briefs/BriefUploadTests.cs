using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using UglyToad.PdfPig.Writer;

namespace ReSoma.Tests.Briefs;

public sealed class BriefUploadTests(BriefUploadTests.SmallUploadFactory factory) : PortalTest<BriefUploadTests.SmallUploadFactory>(factory)
{
    /// <summary>A 1 MB limit, so "too large" is quick to test.</summary>
    public sealed class SmallUploadFactory : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Briefs:MaxPdfBytes"] = "1048576" };
    }

    private string UploadFolder => Path.Combine(Factory.DataPath, "brief-pdfs");

    private async Task<(int Id, string Edit)> BriefAsync()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Upload target"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        return (brief.Id, $"/editor/briefs/{brief.Id}/edit");
    }

    private static byte[] RealPdf(string text)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText(text, 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        return builder.Build();
    }

    [Fact]
    public async Task An_uploaded_pdf_is_stored_outside_wwwroot_and_served_instead_of_the_generated_one()
    {
        var (id, edit) = await BriefAsync();
        var pdf = RealPdf("Uploaded original");
        var page = await Client.UploadAsync(edit, $"/editor/briefs/{id}/pdf", "pdf", pdf, "original.pdf");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);

        var stored = Assert.Single(Directory.GetFiles(UploadFolder));
        Assert.DoesNotContain("wwwroot", stored, StringComparison.Ordinal);
        Assert.Equal("original.pdf", Factory.WithDb(db => db.Briefs.Single().PdfOriginalName));
        Assert.Equal(pdf, await Client.Http.GetByteArrayAsync("/briefs/upload-target/pdf"));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.Http.GetAsync("/brief-pdfs/" + Path.GetFileName(stored))).StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_is_refused_and_nothing_is_stored()
    {
        var (id, edit) = await BriefAsync();
        var page = await Client.UploadAsync(edit, $"/editor/briefs/{id}/pdf", "pdf", "<html>not a pdf</html>"u8.ToArray(), "fake.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains(page.Errors, e => e.Contains("\"fake.pdf\" is not a PDF", StringComparison.Ordinal));
        Assert.False(Directory.Exists(UploadFolder) && Directory.GetFiles(UploadFolder).Length > 0);
        Assert.Null(Factory.WithDb(db => db.Briefs.Single().PdfStoredName));
    }

    [Fact]
    public async Task An_oversized_file_is_refused_with_the_limit_and_nothing_is_stored()
    {
        var (id, edit) = await BriefAsync();
        var big = new byte[1_500_000];
        "%PDF-1.7"u8.CopyTo(big);
        var page = await Client.UploadAsync(edit, $"/editor/briefs/{id}/pdf", "pdf", big, "big.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("The file is 1.4 MB; PDFs can be at most 1 MB.", page.Errors);
        Assert.False(Directory.Exists(UploadFolder) && Directory.GetFiles(UploadFolder).Length > 0);
    }

    [Fact]
    public async Task An_upload_without_a_file_asks_for_one()
    {
        var (id, edit) = await BriefAsync();
        var page = await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/briefs/{id}/pdf");
        Assert.Contains("Choose a PDF file to upload.", page.Errors);
    }

    [Fact]
    public async Task Replacing_and_removing_the_upload_cleans_up_the_old_file()
    {
        var (id, edit) = await BriefAsync();
        await Client.UploadAsync(edit, $"/editor/briefs/{id}/pdf", "pdf", RealPdf("one"), "one.pdf");
        await Client.UploadAsync(edit, $"/editor/briefs/{id}/pdf", "pdf", RealPdf("two"), "two.pdf");
        Assert.Single(Directory.GetFiles(UploadFolder));

        await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/briefs/{id}/pdf/delete");
        Assert.Empty(Directory.GetFiles(UploadFolder));
        var generated = await Client.Http.GetAsync("/briefs/upload-target/pdf");
        Assert.Equal("application/pdf", generated.Content.Headers.ContentType!.MediaType);
    }
}
