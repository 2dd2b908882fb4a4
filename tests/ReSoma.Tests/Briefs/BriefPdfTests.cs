using System.Net;
using System.Net.Http.Headers;
using ReSoma.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace ReSoma.Tests.Briefs;

public sealed class BriefPdfTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_brief_without_an_upload_gets_a_generated_pdf_with_its_text()
    {
        await Factory.AddBriefAsync(new NewBrief("Generated PDF test")
        {
            Authors = [("Łukasz Nowicki", "CEPS"), ("Hélène Dufresne", null)],
            Body = "## What is at stake\n\nDetention of children.\n\n- first point\n- second point",
        });
        var response = await Client.Http.GetAsync("/briefs/generated-pdf-test/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("resoma-generated-pdf-test.pdf", response.Content.Headers.ContentDisposition!.FileName);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());

        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = PdfText(pdf);
        Assert.Contains("Generated PDF test", text, StringComparison.Ordinal);
        Assert.Contains("Łukasz Nowicki", text, StringComparison.Ordinal);
        Assert.Contains("Hélène Dufresne", text, StringComparison.Ordinal);
        Assert.Contains("What is at stake", text, StringComparison.Ordinal);
        Assert.Equal("Generated PDF test", pdf.Information.Title);
    }

    [Fact]
    public async Task The_pdf_answers_conditional_and_range_requests()
    {
        await Factory.AddBriefAsync(new NewBrief("Range test"));
        var first = await Client.Http.GetAsync("/briefs/range-test/pdf");
        var length = (await first.Content.ReadAsByteArrayAsync()).Length;

        var conditional = new HttpRequestMessage(HttpMethod.Get, "/briefs/range-test/pdf");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await Client.Http.SendAsync(conditional)).StatusCode);

        var range = new HttpRequestMessage(HttpMethod.Get, "/briefs/range-test/pdf");
        range.Headers.Range = new RangeHeaderValue(0, 99);
        var partial = await Client.Http.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(100, (await partial.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(length, partial.Content.Headers.ContentRange!.Length);
    }

    [Fact]
    public async Task The_generated_pdf_follows_changes_to_the_brief()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Changing PDF") { Body = "Old words." });
        var before = await Client.Http.GetAsync("/briefs/changing-pdf/pdf");
        await Factory.WithDbAsync(async db =>
        {
            var stored = await db.Briefs.FindAsync(brief.Id);
            await db.Entry(stored!).Collection(b => b.Authors).LoadAsync();
            stored!.Body = "New words.";
            stored.UpdatedAt = stored.UpdatedAt.AddHours(1);
            await db.SaveChangesAsync();
        });

        var after = await Client.Http.GetAsync("/briefs/changing-pdf/pdf");
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        using var pdf = PdfDocument.Open(await after.Content.ReadAsByteArrayAsync());
        Assert.Contains("New words.", PdfText(pdf), StringComparison.Ordinal);
    }

    private static string PdfText(PdfDocument pdf) => string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
}
