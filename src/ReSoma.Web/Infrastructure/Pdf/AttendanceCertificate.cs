using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ReSoma.Web.Infrastructure.Pdf;

/// <summary>
/// A certificate of attendance: one A4 landscape page, every line centred, in the fonts of the other generated PDFs
/// (<see cref="PdfFonts"/>, so names such as "Zoë" or "Łódź" print as written). The caller formats dates in its own
/// words and language; this class only lays them out.
/// </summary>
/// <param name="Name">The person, as the certificate names them.</param>
/// <param name="Title">What they attended: the consultation's or the event's title.</param>
/// <param name="KindLabel">"consultation" or "event": the certificate reads "attended the consultation".</param>
/// <param name="Dates">The date or date range, already formatted (e.g. "12–13 March 2026").</param>
/// <param name="Hours">Hours of attendance, e.g. 6.5.</param>
/// <param name="Place">Where it took place ("Brussels", "Online"), or null to leave the line out.</param>
/// <param name="Number">The certificate's number or code, for anyone who checks it.</param>
/// <param name="IssuedOn">The issue date, already formatted.</param>
public sealed record AttendanceCertificate(string Name, string Title, string KindLabel, string Dates, decimal Hours, string? Place, string Number, string IssuedOn)
{
    public const string Heading = "Certificate of attendance";
    public const string Publisher = "ReSOMA – Research Social Platform on Migration and Asylum";

    private const double Margin = 90;
    private static readonly (byte R, byte G, byte B) Teal = (11, 93, 107);
    private static readonly (byte R, byte G, byte B) Grey = (90, 90, 90);

    /// <summary>"6.5 hours", "1 hour": invariant digits, as on the rest of the certificate.</summary>
    public string HoursText => Hours == 1 ? "1 hour" : $"{Hours.ToString("0.##", CultureInfo.InvariantCulture)} hours";

    public byte[] ToBytes()
    {
        foreach (var (value, name) in new[] { (Name, nameof(Name)), (Title, nameof(Title)), (KindLabel, nameof(KindLabel)), (Dates, nameof(Dates)), (Number, nameof(Number)), (IssuedOn, nameof(IssuedOn)) })
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Hours);

        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = $"{Heading} – {Name}";
        builder.DocumentInformation.Subject = Title;
        builder.DocumentInformation.Author = "ReSOMA";
        builder.DocumentInformation.Creator = "ReSOMA";
        var page = new Page(builder.AddPage(PageSize.A4, isPortrait: false), builder.AddTrueTypeFont(PdfFonts.DejaVuSans), builder.AddTrueTypeFont(PdfFonts.DejaVuSansBold));

        page.Frame();
        page.Lines(Heading, 30, bold: true, Teal, after: 10);
        page.Rule(after: 26);
        page.Lines("This certifies that", 14, bold: false, Grey, after: 8);
        page.Lines(Name, 26, bold: true, color: null, after: 10, maxLines: 2);
        page.Lines($"attended the {KindLabel}", 14, bold: false, Grey, after: 8);
        page.Lines(Title, 20, bold: true, color: null, after: 22, maxLines: 3);
        page.Lines($"Date: {Dates}", 13, bold: false, color: null, after: 4);
        page.Lines($"Duration: {HoursText}", 13, bold: false, color: null, after: 4);
        if (!string.IsNullOrWhiteSpace(Place))
        {
            page.Lines($"Place: {Place}", 13, bold: false, color: null, after: 4);
        }

        page.Bottom($"Certificate no. {Number}  ·  Issued on {IssuedOn}", Publisher);
        return builder.Build();
    }

    /// <summary>The one page, written from the top down (PDF coordinates start at the bottom left).</summary>
    private sealed class Page(PdfPageBuilder page, PdfDocumentBuilder.AddedFont regularFont, PdfDocumentBuilder.AddedFont boldFont)
    {
        private readonly double _width = page.PageSize.Width;
        private readonly double _height = page.PageSize.Height;
        private double _top = 82;

        public void Frame()
        {
            page.SetStrokeColor(Teal.R, Teal.G, Teal.B);
            page.DrawRectangle(new PdfPoint(28, 28), _width - 56, _height - 56, 2.5);
            page.DrawRectangle(new PdfPoint(36, 36), _width - 72, _height - 72, 0.6);
            page.ResetColor();
        }

        public void Rule(double after)
        {
            page.SetStrokeColor(Teal.R, Teal.G, Teal.B);
            page.DrawLine(new PdfPoint(_width / 2 - 60, _height - _top), new PdfPoint(_width / 2 + 60, _height - _top), 1);
            page.ResetColor();
            _top += after;
        }

        /// <summary>Centred lines, wrapped to the page; text that needs more than <paramref name="maxLines"/> is set
        /// smaller (down to 60%) so that a long title still leaves room for the lines below it.</summary>
        public void Lines(string text, double size, bool bold, (byte R, byte G, byte B)? color, double after, int maxLines = int.MaxValue)
        {
            var font = bold ? boldFont : regularFont;
            var smallest = 0.6 * size;
            var lines = Wrap(text, size, font);
            while (lines.Count > maxLines && size - 1 >= smallest)
            {
                size -= 1;
                lines = Wrap(text, size, font);
            }

            foreach (var line in lines)
            {
                _top += size;
                Centred(line, size, font, color);
                _top += size * 0.3;
            }

            _top += after;
        }

        /// <summary>The number and the publisher, at the foot of the page whatever the lines above took.</summary>
        public void Bottom(string numberLine, string publisherLine)
        {
            _top = _height - 84;
            Centred(numberLine, 10, regularFont, Grey);
            _top += 18;
            Centred(publisherLine, 11, boldFont, Teal);
        }

        private List<string> Wrap(string text, double size, PdfDocumentBuilder.AddedFont font) =>
            PdfLines.Wrap(text, _width - 2 * Margin, word => PdfLines.Width(page, word, size, font));

        private void Centred(string line, double size, PdfDocumentBuilder.AddedFont font, (byte R, byte G, byte B)? color)
        {
            if (color is { } c)
            {
                page.SetTextAndFillColor(c.R, c.G, c.B);
            }

            var x = (_width - PdfLines.Width(page, line, size, font)) / 2;
            page.AddText(line, size, new PdfPoint(x, _height - _top), font);
            if (color is not null)
            {
                page.ResetColor();
            }
        }
    }
}
