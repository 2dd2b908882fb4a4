namespace ReSoma.Web.Domain;

/// <summary>One of the nine questions of a cycle, in one of the three areas.</summary>
public class Topic : IVersioned, IDemoContent, ISearchable
{
    public const string SearchKind = "topic";

    public int Id { get; set; }
    public int CycleId { get; set; }
    public Cycle? Cycle { get; set; }
    public Area Area { get; set; }
    public TopicOrigin Origin { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }

    /// <summary>Markdown, rendered without raw HTML.</summary>
    public string Summary { get; set; } = "";

    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public SearchDocument? Search { get; set; }

    public string PublicPath => "/topics/" + Slug;

    // Topics of every cycle stay public: they are the record of what ReSOMA worked on.
    public void RefreshSearchDocument()
    {
        Search ??= new SearchDocument { Kind = SearchKind, Path = PublicPath };
        Search.Path = PublicPath;
        Search.Title = Title;
        Search.Summary = Summary;
        Search.Body = "";
        Search.Keywords = Area.DisplayName();
        Search.IsPublic = true;
        Search.Area = Area;
        Search.PublishedAt = null;
    }
}
