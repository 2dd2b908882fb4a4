using ReSoma.Web.Infrastructure.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReSoma.Tests.Pdf;

/// <summary>The certificate, read back with PdfPig: one page with every detail, accents included.</summary>
public sealed class AttendanceCertificateTests
{
    private static readonly AttendanceCertificate Certificate = new(
        Name: "Zoë Wiśniewska-Łukasik",
        Title: "Reception conditions in Łódź and Göteborg",
        KindLabel: "consultation",
        Dates: "12–13 March 2026",
        Hours: 6.5m,
        Place: "Łódź",
        Number: "RS-2026-0042",
        IssuedOn: "14 March 2026");

    [Fact]
    public void One_page_names_the_person_what_they_attended_the_hours_the_place_and_the_number()
    {
        using var pdf = PdfDocument.Open(Certificate.ToBytes());

        var page = Assert.Single(pdf.GetPages());
        Assert.True(page.Width > page.Height, "A4 landscape");
        var text = Text(page);
        foreach (var expected in new[]
        {
            "Certificate of attendance", "This certifies that", "Zoë Wiśniewska-Łukasik", "attended the consultation",
            "Reception conditions in Łódź and Göteborg", "Date: 12–13 March 2026", "Duration: 6.5 hours", "Place: Łódź",
            "Certificate no. RS-2026-0042", "Issued on 14 March 2026", "ReSOMA – Research Social Platform on Migration and Asylum",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Equal("Certificate of attendance – Zoë Wiśniewska-Łukasik", pdf.Information.Title);
        Assert.Equal("Reception conditions in Łódź and Göteborg", pdf.Information.Subject);
    }

    [Fact]
    public void Every_line_is_centred_on_the_page()
    {
        using var pdf = PdfDocument.Open(Certificate.ToBytes());
        var page = pdf.GetPage(1);
        foreach (var line in Lines(page))
        {
            var middle = (line.Letters.Min(l => l.StartBaseLine.X) + line.Letters.Max(l => l.EndBaseLine.X)) / 2;
            Assert.InRange(middle, page.Width / 2 - 2, page.Width / 2 + 2);
        }
    }

    [Fact]
    public void A_long_title_and_name_are_wrapped_and_still_leave_the_number_and_publisher_clear_on_one_page()
    {
        var title = string.Join(" ", Enumerable.Repeat("Integration of refugees in the labour market of small towns:", 3)) + " final word";
        var name = "Maria Magdalena Świętosława Aleksandrowicz-Żółtowska von Hohenzollern-Sigmaringen";
        using var pdf = PdfDocument.Open((Certificate with { Title = title, Name = name, Place = null, Hours = 1 }).ToBytes());

        var page = Assert.Single(pdf.GetPages());
        var text = Text(page);
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(name, text, StringComparison.Ordinal);
        Assert.Contains("Duration: 1 hour", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Place:", text, StringComparison.Ordinal);

        // PDF y grows upwards: the lines above the number end above it, and nothing leaves the frame.
        var lines = Lines(page);
        var number = lines.Single(l => l.Text.StartsWith("Certificate no.", StringComparison.Ordinal));
        var duration = lines.Single(l => l.Text.StartsWith("Duration", StringComparison.Ordinal));
        Assert.True(duration.Letters.Min(l => l.BoundingBox.Bottom) > number.Letters.Max(l => l.BoundingBox.Top) + 10, "the details end well above the certificate number");
        Assert.All(page.Letters, l => Assert.True(
            l.BoundingBox.Left >= 36 && l.BoundingBox.Right <= page.Width - 36 && l.BoundingBox.Bottom >= 36 && l.BoundingBox.Top <= page.Height - 36,
            $"'{l.Value}' inside the frame"));
    }

    [Fact]
    public void Missing_details_are_a_mistake_of_the_caller()
    {
        Assert.Throws<ArgumentException>(() => (Certificate with { Name = " " }).ToBytes());
        Assert.Throws<ArgumentException>(() => (Certificate with { Number = "" }).ToBytes());
        Assert.Throws<ArgumentOutOfRangeException>(() => (Certificate with { Hours = 0 }).ToBytes());
    }

    private sealed record Line(string Text, IReadOnlyList<Letter> Letters);

    private static string Text(Page page) => string.Join(" ", Lines(page).Select(l => l.Text));

    // Words grouped by baseline, the top line first, each line's words from left to right.
    private static List<Line> Lines(Page page) =>
    [
        .. page.GetWords()
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(w => w.Letters[0].StartBaseLine.X).ToList())
            .Select(words => new Line(string.Join(" ", words.Select(w => w.Text)), [.. words.SelectMany(w => w.Letters)])),
    ];
}
