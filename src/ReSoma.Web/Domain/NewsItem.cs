namespace ReSoma.Web.Domain;

/// <summary>
/// Something that happened, announced once (its source key is unique: "brief:12", "cycle:2019:Consultations"): the
/// news that followers are told of, that public feeds list, and that digests carry. <see cref="Targets"/> say who
/// follows it; a personal item (a person's own contribution accepted) has none and reaches only that person.
/// </summary>
public class NewsItem
{
    public long Id { get; set; }
    public NewsKind Kind { get; set; }
    public required string SourceKey { get; set; }
    public required string Title { get; set; }

    /// <summary>One line under the title: a summary, a deadline, a phase.</summary>
    public string Line { get; set; } = "";

    /// <summary>The page it links to, relative to the site ("/briefs/…").</summary>
    public required string Path { get; set; }

    /// <summary>True for news about a person's own contribution: never in a feed, only in their notifications.</summary>
    public bool IsPersonal { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public List<NewsTarget> Targets { get; set; } = [];
}

/// <summary>One followable thing a news item belongs to, with its name for "you follow …".</summary>
public class NewsTarget
{
    public long Id { get; set; }
    public long NewsItemId { get; set; }
    public FollowKind Kind { get; set; }
    public required string Key { get; set; }
    public required string Label { get; set; }
}
