namespace ReSoma.Web.Domain;

/// <summary>
/// A news item for one person: on their notifications page (unread until they open it) and in their next mail. Unique
/// per person and item, so the same news reaches a person once however many things they follow carry it.
/// </summary>
public class Notification
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public long NewsItemId { get; set; }
    public NewsItem? NewsItem { get; set; }

    /// <summary>Why the person hears of it: "you follow Immigration detention", "your contribution".</summary>
    public string Reason { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>Set when a mail (immediate or digest) carried it; never mailed twice.</summary>
    public DateTimeOffset? MailedAt { get; set; }
}
