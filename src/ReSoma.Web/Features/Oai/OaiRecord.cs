using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Oai;

/// <summary>An author in byline order, with the ORCID iD when known.</summary>
public sealed record OaiAuthor(string Name, string? Organisation, string? Orcid);

/// <summary>A brief as the repository exposes it: a withdrawn brief is a deleted record.</summary>
public sealed record OaiRecord(
    int Id,
    string Slug,
    BriefStatus Status,
    DateTimeOffset UpdatedAt,
    BriefSeries Series,
    Area Area,
    string Title,
    string Summary,
    string Keywords,
    string Language,
    DateOnly? PublishedOn,
    string TopicTitle,
    string TopicSlug,
    IReadOnlyList<OaiAuthor> Authors,
    BriefLicence Licence,
    string? Doi)
{
    public bool IsDeleted => Status == BriefStatus.Withdrawn;

    public IReadOnlyList<string> SetSpecs => [OaiSets.Of(Series), OaiSets.Of(Area)];

    /// <summary>The keywords, then the topic. Same splitting as Brief.KeywordList, which cannot run inside the SQL projection.</summary>
    public IReadOnlyList<string> Subjects =>
        Keywords.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Append(TopicTitle).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>One page of a list, the size of the whole list, and whether another page follows.</summary>
public sealed record OaiRecordPage(IReadOnlyList<OaiRecord> Items, int CompleteListSize, bool HasMore);
