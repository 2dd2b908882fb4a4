using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Briefs.Citations;

/// <summary>CSL-JSON, the format Zotero, Mendeley and citeproc read: an array with one "report" item. The DOI is the
/// standard DOI variable, the licence CSL 1.0.2's license variable, and an author's ORCID iD sits in the name object
/// as ORCID (its address), the convention of Crossref's and DataCite's CSL-JSON (docs/decisions/0038).</summary>
public static class CslJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(CitationData c)
    {
        var item = new Dictionary<string, object?>
        {
            ["id"] = "resoma-" + c.Slug,
            ["type"] = "report",
            ["title"] = c.Title,
            ["author"] = c.Authors.Select((a, i) => Name(a, c.AuthorOrcids.ElementAtOrDefault(i))).ToList(),
            ["issued"] = new Dictionary<string, int[][]> { ["date-parts"] = [[c.Published.Year, c.Published.Month, c.Published.Day]] },
            ["publisher"] = CitationData.Publisher,
            ["genre"] = c.Series,
            ["collection-title"] = c.Series,
            ["DOI"] = c.Doi,
            ["URL"] = c.Url,
            ["language"] = c.Language,
            ["abstract"] = c.Summary,
            ["keyword"] = c.Keywords.Count > 0 ? string.Join(", ", c.Keywords) : null,
            ["license"] = c.Licence.Url(),
        };
        // WhenWritingNull does not reach dictionary entries: leave out what the brief lacks (a DOI, keywords) here.
        return JsonSerializer.Serialize(new[] { item.Where(e => e.Value is not null).ToDictionary() }, Options);
    }

    private static Dictionary<string, string> Name(PersonName name, string? orcidUrl)
    {
        var entry = new Dictionary<string, string> { ["family"] = name.Family, ["given"] = name.Given };
        if (orcidUrl is not null)
        {
            entry["ORCID"] = orcidUrl;
        }

        return entry;
    }
}
