using ReSoma.Web.Domain;
using ReSoma.Web.Features.Briefs.Citations;

namespace ReSoma.Web.Features.Briefs;

/// <summary>Builds what every citation format needs from a brief's page, with absolute links on this site.</summary>
public static class BriefCitations
{
    public static CitationData From(BriefPage brief, string siteRoot) => new(
        brief.Slug,
        brief.Title,
        brief.Authors.Select(a => PersonName.Parse(a.Name)).ToList(),
        brief.PublishedOn ?? DateOnly.FromDateTime(brief.UpdatedAt.UtcDateTime),
        brief.Series.DisplayName(),
        siteRoot + brief.Path,
        siteRoot + brief.Path + "/pdf",
        brief.Language,
        brief.Summary,
        brief.Keywords,
        brief.Authors.Select(a => a.OrcidUrl).ToList(),
        brief.Doi,
        brief.Licence);
}
