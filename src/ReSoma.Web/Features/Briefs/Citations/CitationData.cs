using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Briefs.Citations;

/// <summary>Everything a citation format needs about a brief, already made absolute and plain.</summary>
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
    IReadOnlyList<string> Keywords)
{
    public const string Publisher = Publishing.Publisher;
}
