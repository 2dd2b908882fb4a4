namespace ReSoma.Web.Domain;

/// <summary>
/// The searchable text of one public thing (a brief; later interviews, events, news...). The full-text index of each
/// provider is built over this one table, so every content type is found by the same machinery. Content sets
/// <see cref="Summary"/> and <see cref="Body"/> as Markdown; they are stored as plain text (converted when saved).
/// </summary>
public class SearchDocument
{
    public int Id { get; set; }

    /// <summary>What it is: "brief", later "interview", "event"... Used for facets.</summary>
    public required string Kind { get; set; }

    /// <summary>The site path of its page, e.g. /briefs/some-slug.</summary>
    public required string Path { get; set; }

    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public string Authors { get; set; } = "";
    public string Keywords { get; set; } = "";

    /// <summary>Only public documents are ever shown in search results.</summary>
    public bool IsPublic { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The policy area it belongs to, through its topic (or its first topic); null when it has none.</summary>
    public Area? Area { get; set; }

    public int? BriefId { get; set; }
    public int? InterviewId { get; set; }
    public int? TopicId { get; set; }
    public int? ConsultationId { get; set; }
    public int? EventId { get; set; }
    public int? NewsPostId { get; set; }
    public string? ProfileUserId { get; set; }
}
