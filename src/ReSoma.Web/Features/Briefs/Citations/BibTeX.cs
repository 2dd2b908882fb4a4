using System.Globalization;
using System.Text;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Briefs.Citations;

/// <summary>A BibTeX <c>@techreport</c> entry. Values are braced and LaTeX specials escaped; accents stay UTF-8,
/// which biblatex and modern BibTeX read as they are. The DOI goes in <c>doi</c> (biblatex's field, read by most BibTeX
/// styles too); the licence in <c>copyright</c>, which no style prints but Zotero and JabRef import (docs/decisions/0038).</summary>
public static class BibTeX
{
    public static string Write(CitationData c)
    {
        var fields = new List<(string Name, string Value)>
        {
            ("title", c.Title),
            ("author", string.Join(" and ", c.Authors.Select(a => a.Given.Length == 0 ? a.Family : $"{a.Family}, {a.Given}"))),
            ("institution", CitationData.Publisher),
            ("type", c.Series),
            ("year", c.Published.Year.ToString(CultureInfo.InvariantCulture)),
            ("month", c.Published.ToString("MMM", CultureInfo.InvariantCulture).ToLowerInvariant()),
            ("doi", c.Doi ?? ""),
            ("url", c.Url),
            ("language", c.Language),
            ("keywords", string.Join(", ", c.Keywords)),
            ("abstract", c.Summary),
            ("copyright", $"{c.Licence.ShortName()} ({c.Licence.Url()})"),
        };
        var entry = new StringBuilder($"@techreport{{resoma-{c.Slug},\n");
        foreach (var (name, value) in fields.Where(f => f.Value.Length > 0))
        {
            entry.Append(CultureInfo.InvariantCulture, $"  {name} = {{{(name is "url" or "doi" ? value : Escape(value))}}},\n");
        }

        return entry.Append("}\n").ToString();
    }

    public static string Escape(string value)
    {
        var text = new StringBuilder();
        foreach (var ch in value.ReplaceLineEndings(" "))
        {
            text.Append(ch switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => ch.ToString(),
            });
        }

        return text.ToString();
    }
}
