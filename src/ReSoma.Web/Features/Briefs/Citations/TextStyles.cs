using System.Globalization;

namespace ReSoma.Web.Features.Briefs.Citations;

/// <summary>Ready-to-paste references in APA (7th) and Chicago (author-date) style.</summary>
public static class TextStyles
{
    public static string Apa(CitationData c)
    {
        var names = c.Authors.Select(a => a.Given.Length == 0 ? a.Family : $"{a.Family}, {a.Initials}").ToList();
        var authors = names.Count switch
        {
            0 => "ReSOMA",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + ", & " + names[^1],
        };
        var date = c.Published.ToString("yyyy, MMMM d", CultureInfo.InvariantCulture);
        return $"{authors} ({date}). {c.Title} ({c.Series}). {CitationData.Publisher}. {c.Link}\n";
    }

    public static string Chicago(CitationData c)
    {
        var names = c.Authors.Select((a, i) => i == 0 && a.Given.Length > 0 ? $"{a.Family}, {a.Given}" : $"{a.Given} {a.Family}".Trim()).ToList();
        var authors = names.Count switch
        {
            0 => "ReSOMA",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + ", and " + names[^1],
        };
        var title = c.Title.Replace("\"", "'", StringComparison.Ordinal);
        return $"{authors}. {c.Published.Year}. \u201C{title}.\u201D {c.Series}. {CitationData.Publisher}. {c.Link}.\n";
    }
}
