namespace ReSoma.Web.Domain;

/// <summary>A publication of one of the three series about one topic.</summary>
public class Brief : IVersioned, IDemoContent, ISearchable, IPublicContent
{
    public const string SearchKind = "brief";

    public int Id { get; set; }
    public int TopicId { get; set; }
    public Topic? Topic { get; set; }
    public BriefSeries Series { get; set; }
    public required string Title { get; set; }

    /// <summary>Set once from the first title and never changed or reused, so links keep working.</summary>
    public required string Slug { get; set; }

    public string Summary { get; set; } = "";

    /// <summary>Markdown, rendered without raw HTML.</summary>
    public string Body { get; set; } = "";

    /// <summary>Separated by semicolons, as editors type them.</summary>
    public string Keywords { get; set; } = "";

    /// <summary>The language the brief is written in (ISO 639-1, one of <see cref="ContentLanguage.All"/>).</summary>
    public string Language { get; set; } = ContentLanguage.Default;

    public DateOnly? PublishedOn { get; set; }
    public BriefStatus Status { get; set; } = BriefStatus.Draft;
    public string? WithdrawnReason { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>The licence readers may reuse the brief under.</summary>
    public BriefLicence Licence { get; set; } = BriefLicences.Default;

    /// <summary>The bare DOI ("10.1234/abc") when the brief has one (<see cref="Domain.Doi"/>).</summary>
    public string? Doi { get; set; }

    public string? PdfStoredName { get; set; }
    public string? PdfOriginalName { get; set; }
    public long? PdfSize { get; set; }
    public DateTimeOffset? PdfUploadedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public List<BriefAuthor> Authors { get; set; } = [];
    public List<BriefConsultation> Consultations { get; set; } = [];
    public List<BriefVersion> Versions { get; set; } = [];
    public SearchDocument? Search { get; set; }

    public bool IsPublic => Status == BriefStatus.Published;

    public IReadOnlyList<string> KeywordList =>
        Keywords.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void RefreshSearchDocument()
    {
        Search ??= new SearchDocument { Kind = SearchKind, Path = "/briefs/" + Slug };
        Search.Path = "/briefs/" + Slug;
        Search.Title = Title;
        Search.Summary = Summary;
        Search.Body = Body;
        Search.Keywords = string.Join(' ', KeywordList);
        Search.Authors = string.Join(' ', Authors.OrderBy(a => a.Position).Select(a => a.Name));
        Search.IsPublic = IsPublic;
        Search.Area = Topic?.Area;
        Search.PublishedAt = PublishedOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
    }
}
