namespace ReSoma.Web.Domain;

/// <summary>A news item: what happened at a conference, a new cycle, a call for contributions.</summary>
public class NewsPost : IVersioned, IDemoContent, ISearchable, IPublicContent
{
    public const string SearchKind = "news";

    public int Id { get; set; }
    public required string Title { get; set; }

    /// <summary>Set once from the first title and never changed or reused, so links keep working.</summary>
    public required string Slug { get; set; }

    /// <summary>The date the item is about and is listed under.</summary>
    public DateOnly Date { get; set; }

    public string Teaser { get; set; } = "";

    /// <summary>The language the item is written in (ISO 639-1, one of <see cref="ContentLanguage.All"/>).</summary>
    public string Language { get; set; } = ContentLanguage.Default;

    /// <summary>Markdown, rendered without raw HTML.</summary>
    public string Body { get; set; } = "";

    public string? ImageStoredName { get; set; }
    public string? ImageContentType { get; set; }
    public string ImageAlt { get; set; } = "";

    public bool IsPublished { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    public bool IsPublic => IsPublished;

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public List<Topic> Topics { get; set; } = [];
    public List<Event> Events { get; set; } = [];
    public SearchDocument? Search { get; set; }

    public string PublicPath => "/news/" + Slug;

    /// <summary>What still stops the item from going public; empty when it may be published.</summary>
    public IReadOnlyList<string> PublishingProblems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Teaser))
        {
            problems.Add("Write the teaser before publishing.");
        }

        if (string.IsNullOrWhiteSpace(Body))
        {
            problems.Add("Write the text before publishing.");
        }

        if (ImageStoredName is not null && string.IsNullOrWhiteSpace(ImageAlt))
        {
            problems.Add("Describe the image (alt text) before publishing.");
        }

        return problems;
    }

    public void Publish(DateTimeOffset now)
    {
        IsPublished = true;
        PublishedAt ??= now;
    }

    /// <summary>Takes the item off the site; publishing it again keeps its first publication time.</summary>
    public void Unpublish() => IsPublished = false;

    public void RefreshSearchDocument()
    {
        Search ??= new SearchDocument { Kind = SearchKind, Path = PublicPath };
        Search.Path = PublicPath;
        Search.Title = Title;
        Search.Summary = Teaser;
        Search.Body = Body;
        Search.Authors = "";
        Search.Keywords = string.Join(' ', Topics.Select(t => t.Title).Concat(Events.PublicTitles(e => e.Title)));
        Search.IsPublic = IsPublic;
        Search.Area = Topics.FirstArea();
        Search.PublishedAt = new DateTimeOffset(Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
