using System.Globalization;
using System.Text;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Briefs.Citations;

/// <summary>An RIS record (TY RPRT). One tag per line; values are kept on one line. The DOI goes in DO; RIS has no
/// licence tag, so the licence is a note (N1), which reference managers keep with the item (docs/decisions/0038).</summary>
public static class Ris
{
    public static string Write(CitationData c)
    {
        var lines = new StringBuilder();
        void Tag(string tag, string value)
        {
            if (value.Length > 0)
            {
                lines.Append(CultureInfo.InvariantCulture, $"{tag}  - {value.ReplaceLineEndings(" ")}\r\n");
            }
        }

        Tag("TY", "RPRT");
        Tag("TI", c.Title);
        foreach (var author in c.Authors)
        {
            Tag("AU", author.Given.Length == 0 ? author.Family : $"{author.Family}, {author.Given}");
        }

        Tag("PY", c.Published.Year.ToString(CultureInfo.InvariantCulture));
        Tag("DA", c.Published.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Tag("T3", c.Series);
        Tag("PB", CitationData.Publisher);
        Tag("DO", c.Doi ?? "");
        Tag("UR", c.Url);
        Tag("L1", c.PdfUrl);
        Tag("LA", c.Language);
        foreach (var keyword in c.Keywords)
        {
            Tag("KW", keyword);
        }

        Tag("AB", c.Summary);
        Tag("N1", $"Licence: {c.Licence.DisplayName()}, {c.Licence.Url()}");
        lines.Append("ER  - \r\n");
        return lines.ToString();
    }
}
