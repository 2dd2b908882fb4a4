using System.Globalization;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Pdf;

namespace ReSoma.Web.Features.Briefs;

/// <summary>The PDF of a brief that has no uploaded one: title block, authors, summary, then the body.</summary>
public static class BriefPdfRenderer
{
    public static byte[] Render(BriefPage brief, string siteRoot)
    {
        var authors = string.Join(", ", brief.Authors.Select(a => a.Organisation is null ? a.Name : $"{a.Name} ({a.Organisation})"));
        var pdf = new PdfTextDocument(brief.Title, string.Join(", ", brief.Authors.Select(a => a.Name)), brief.Series.DisplayName(),
            $"ReSOMA · {brief.Series.DisplayName()} · {siteRoot}{brief.Path}");
        pdf.Paragraph($"ReSOMA · {brief.Series.DisplayName()} · {brief.Area.DisplayName()} · Cycle {brief.Year}", 9, color: (11, 93, 107));
        pdf.Heading(brief.Title, 20);
        if (authors.Length > 0)
        {
            pdf.Paragraph(authors, 10.5, bold: true);
        }

        if (brief.PublishedOn is { } published)
        {
            pdf.Paragraph("Published " + published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), 9.5);
        }

        // Reuse needs the terms on the document itself, which travels without its page.
        pdf.Paragraph($"Licence: {brief.Licence.DisplayName()} · {brief.Licence.Url()}", 9);
        if (brief.DoiUrl is { } doi)
        {
            pdf.Paragraph("DOI: " + doi, 9);
        }

        pdf.Rule();
        pdf.Paragraph(brief.Summary, 11.5);
        pdf.Markdown(brief.Body);
        if (brief.Keywords.Count > 0)
        {
            pdf.Paragraph("Keywords: " + string.Join(", ", brief.Keywords), 9);
        }

        return pdf.ToBytes();
    }
}
