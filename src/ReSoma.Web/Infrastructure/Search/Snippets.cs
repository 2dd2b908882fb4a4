using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>Turns raw extracts into safe HTML: the text is encoded, only the highlight becomes <c>&lt;mark&gt;</c>.</summary>
public static partial class Snippets
{
    private const int Window = 220;

    /// <summary>For extracts that mark matches with two control characters (SQLite's snippet()).</summary>
    public static string ToHtml(string text, char markStart, char markEnd)
    {
        var html = new StringBuilder();
        var inMark = false;
        foreach (var piece in SplitKeeping(Plain(text), markStart, markEnd))
        {
            if (piece.Length == 1 && piece[0] == markStart)
            {
                html.Append("<mark>");
                inMark = true;
            }
            else if (piece.Length == 1 && piece[0] == markEnd)
            {
                html.Append("</mark>");
                inMark = false;
            }
            else
            {
                html.Append(HtmlEncoder.Default.Encode(piece));
            }
        }

        return inMark ? html.Append("</mark>").ToString() : html.ToString();
    }

    /// <summary>Cuts a window around the first match and marks every word that starts like a searched form.</summary>
    public static string Cut(string text, SearchQuery query)
    {
        var plain = Plain(text);
        var forms = query.Terms.SelectMany(t => t.IsPhrase ? t.Text.Split(' ') : t.Forms).Where(f => f.Length > 2).ToList();
        var first = forms.Select(f => plain.IndexOf(f, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - Window / 3);
        var extract = plain.Substring(start, Math.Min(Window, plain.Length - start));
        var marked = WordPattern().Replace(extract, m =>
            forms.Any(f => m.Value.StartsWith(f[..Math.Max(3, f.Length - 2)], StringComparison.OrdinalIgnoreCase)) ? "\u0002" + m.Value + "\u0003" : m.Value);
        return (start > 0 ? "…" : "") + ToHtml(marked, '\u0002', '\u0003') + (start + extract.Length < plain.Length ? "…" : "");
    }

    // Search text is stored as plain text (SearchTextInterceptor); an extract is one line.
    private static string Plain(string text) => LineBreaks().Replace(text, " ");

    private static IEnumerable<string> SplitKeeping(string text, char a, char b)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == a || text[i] == b)
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                yield return text[i].ToString();
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*")]
    private static partial Regex WordPattern();
}
