using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Briefs;

public sealed record BriefAuthorLine(string Name, string? Organisation, string? Orcid = null)
{
    public string? OrcidUrl => Orcid is null ? null : Domain.Orcid.Url(Orcid);
}

public sealed record DrawnConsultation(string Title, string Slug, ConsultationFormat Format);

public sealed record RelatedBrief(string Title, string Slug, BriefSeries Series, DateOnly? PublishedOn, string Language);

/// <summary>A brief's public page. The editors' preview renders the same model with <see cref="IsPreview"/> set.</summary>
public sealed record BriefPage(
    int Id,
    string Title,
    string Slug,
    BriefSeries Series,
    BriefStatus Status,
    string? WithdrawnReason,
    string Summary,
    string Body,
    IReadOnlyList<string> Keywords,
    string Language,
    DateOnly? PublishedOn,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<BriefAuthorLine> Authors,
    string TopicTitle,
    string TopicSlug,
    Area Area,
    int Year,
    bool HasUploadedPdf,
    IReadOnlyList<RelatedBrief> Related,
    IReadOnlyList<DrawnConsultation> Consultations,
    BriefLicence Licence,
    string? Doi,
    bool IsPreview = false)
{
    public string Path => "/briefs/" + Slug;

    public string? DoiUrl => Doi is null ? null : Domain.Doi.Url(Doi);
}
