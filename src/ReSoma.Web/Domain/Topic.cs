namespace ReSoma.Web.Domain;

/// <summary>
/// One of the nine questions of a cycle, in one of the three areas. A topic carried over into later cycles has one
/// entry per cycle in which it runs (its briefs and consultations belong to the entry of their cycle), and every later
/// entry points at the first: one topic, one page at the first entry's address, one search result. See decision 0022.
/// </summary>
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

    /// <summary>The topic's entry in the first cycle it ran in; null on that first entry itself.</summary>
    public int? FirstEntryId { get; set; }

    public Topic? FirstEntry { get; set; }

    public bool IsDemo { get; set; }
    public int Version { get; set; }

    /// <summary>An entry of a later cycle: its address leads to the first entry, where the whole history is.</summary>
    public bool ContinuesEarlierCycle => FirstEntryId is not null;

    /// <summary>This topic's entry in a later cycle: the same question, carried over, pointing at the first entry.</summary>
    /// <param name="slug">The new entry's own address, which only leads to the first entry's page.</param>
    public Topic ContinueIn(string slug) => new()
    {
        Title = Title,
        Slug = slug,
        Area = Area,
        Origin = Origin,
        Summary = Summary,
        FirstEntryId = FirstEntryId ?? Id,
    };

    public SearchDocument? Search { get; set; }

    public string PublicPath => "/topics/" + Slug;

    // Topics of every cycle stay public, the record of what ReSOMA worked on; a topic is found once, at its first entry.
    public void RefreshSearchDocument()
    {
        Search ??= new SearchDocument { Kind = SearchKind, Path = PublicPath };
        Search.Path = PublicPath;
        Search.Title = Title;
        Search.Summary = Summary;
        Search.Body = "";
        Search.Keywords = Area.DisplayName();
        Search.IsPublic = !ContinuesEarlierCycle;
        Search.Area = Area;
        Search.PublishedAt = null;
    }
}
