using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ReSoma.Web.Infrastructure.Pdf;

/// <summary>Measuring and wrapping text for PdfPig's writer, which places a string at a point and wraps nothing itself.
/// Shared by the generated documents (<see cref="PdfTextDocument"/>, <see cref="AttendanceCertificate"/>).</summary>
public static class PdfLines
{
    /// <summary>The advance of <paramref name="text"/> at this size, in points.</summary>
    public static double Width(PdfPageBuilder page, string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? size * 0.3 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>Breaks <paramref name="text"/> between words into lines no wider than <paramref name="width"/>; a
    /// single word wider than that gets a line of its own.</summary>
    /// <param name="measure">The width of a word, or of a space.</param>
    public static List<string> Wrap(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        var line = "";
        var lineWidth = 0d;
        var space = measure(" ");
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = measure(word);
            if (line.Length > 0 && lineWidth + space + wordWidth > width)
            {
                lines.Add(line);
                line = word;
                lineWidth = wordWidth;
            }
            else
            {
                lineWidth += (line.Length > 0 ? space : 0) + wordWidth;
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
