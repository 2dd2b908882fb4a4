using ReSoma.Web.Domain;
using ReSoma.Web.Features.Briefs.Citations;
using ReSoma.Web.Infrastructure.Metadata;

namespace ReSoma.Web.Features.Briefs;

/// <summary>
/// A brief described for machines: its DataCite record, and the signposting links (signposting.org, level 1) its page
/// sends in the Link header so that crawlers find the persistent identifier, metadata, content, licence and authors.
/// Every address is made from the configured site root, never from the request.
/// </summary>
public static class BriefMetadata
{
    public const string DataCitePath = "/datacite.xml";

    public static DataCiteWork DataCite(BriefPage brief, string siteRoot) => new(
        brief.Doi,
        siteRoot + brief.Path,
        brief.Title,
        brief.Authors.Select(a => new DataCiteCreator(a.Name, a.Organisation, a.Orcid)).ToList(),
        brief.PublishedOn ?? DateOnly.FromDateTime(brief.UpdatedAt.UtcDateTime),
        brief.Series.DisplayName(),
        brief.Keywords.Append(brief.TopicTitle).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        brief.Language,
        brief.Licence,
        brief.Summary,
        HasPdf(brief) ? siteRoot + brief.Path + "/pdf" : null);

    public static IReadOnlyList<WebLink> Signposts(BriefPage brief, string siteRoot)
    {
        var page = siteRoot + brief.Path;
        var links = new List<WebLink>
        {
            new(brief.DoiUrl ?? page, "cite-as"),
            new("https://schema.org/ScholarlyArticle", "type"),
            new("https://schema.org/AboutPage", "type"),
        };
        links.AddRange(brief.Authors.Where(a => a.OrcidUrl is not null).Select(a => new WebLink(a.OrcidUrl!, "author")));
        if (HasPdf(brief))
        {
            links.Add(new(page + DataCitePath, "describedby", DataCiteXml.ContentType));
        }

        var csl = CitationFormat.Find("csl-json")!;
        links.Add(new($"{page}/cite?format={csl.Name}", "describedby", csl.ContentType));
        if (HasPdf(brief))
        {
            links.Add(new(page + "/pdf", "item", "application/pdf"));
        }

        links.Add(new(brief.Licence.Url(), "license"));
        return links;
    }

    // Only a published brief has a PDF and a DataCite record; a withdrawn one keeps its page and citation only.
    private static bool HasPdf(BriefPage brief) => brief.Status == BriefStatus.Published;
}
