namespace ReSoma.Web.Features.Briefs.Citations;

/// <summary>A way to cite a brief: its name in the URL (<c>?format=</c>), content type and file extension.</summary>
public sealed record CitationFormat(string Name, string Label, string ContentType, string Extension, Func<CitationData, string> Write)
{
    public static IReadOnlyList<CitationFormat> All { get; } =
    [
        new("bibtex", "BibTeX", "application/x-bibtex", "bib", BibTeX.Write),
        new("ris", "RIS", "application/x-research-info-systems", "ris", Ris.Write),
        new("csl-json", "CSL-JSON", "application/vnd.citationstyles.csl+json", "json", CslJson.Write),
        new("apa", "APA", "text/plain", "txt", TextStyles.Apa),
        new("chicago", "Chicago", "text/plain", "txt", TextStyles.Chicago),
    ];

    public static CitationFormat? Find(string? name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
