using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReSoma.Web.Features.Briefs.Citations;

/// <summary>CSL-JSON, the format Zotero, Mendeley and citeproc read: an array with one "report" item.</summary>
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
            ["author"] = c.Authors.Select(a => new Dictionary<string, string> { ["family"] = a.Family, ["given"] = a.Given }).ToList(),
            ["issued"] = new Dictionary<string, int[][]> { ["date-parts"] = [[c.Published.Year, c.Published.Month, c.Published.Day]] },
            ["publisher"] = CitationData.Publisher,
            ["genre"] = c.Series,
            ["collection-title"] = c.Series,
            ["URL"] = c.Url,
            ["language"] = c.Language,
            ["abstract"] = c.Summary,
            ["keyword"] = c.Keywords.Count > 0 ? string.Join(", ", c.Keywords) : null,
        };
        return JsonSerializer.Serialize(new[] { item }, Options);
    }
}
