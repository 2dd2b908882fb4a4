using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Briefs.Citations;

/// <summary>
/// Everything a citation format needs about a brief, already made absolute and plain. <see cref="AuthorOrcids"/> runs
/// beside <see cref="Authors"/> (same order, null where an author has no ORCID iD); <see cref="Doi"/> is the bare DOI.
/// </summary>
public sealed record CitationData(
    string Slug,
    string Title,
    IReadOnlyList<PersonName> Authors,
    DateOnly Published,
    string Series,
    string Url,
    string PdfUrl,
    string Language,
    string Summary,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string?> AuthorOrcids,
    string? Doi,
    BriefLicence Licence)
{
    public string? DoiUrl => Doi is null ? null : Domain.Doi.Url(Doi);

    /// <summary>Where a reader should go: the DOI when there is one (DOI's display guidelines), else the page.</summary>
    public string Link => DoiUrl ?? Url;

    public const string Publisher = Publishing.Publisher;
}
