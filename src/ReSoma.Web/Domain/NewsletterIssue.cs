namespace ReSoma.Web.Domain;

/// <summary>An issue of the editors' newsletter, written in Markdown and sent once to everyone who opted in.</summary>
public class NewsletterIssue : IVersioned
{
    public int Id { get; set; }
    public required string Subject { get; set; }
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string EditorName { get; set; } = "";

    /// <summary>Set when sending began: from then on the issue is read-only and the deliveries tell who got it.</summary>
    public DateTimeOffset? SentAt { get; set; }

    public int Recipients { get; set; }
    public int Version { get; set; }
}
