namespace ReSoma.Web.Domain;

/// <summary>One issue queued for one person; unique per pair, so an issue reaches nobody twice.</summary>
public class NewsletterDelivery
{
    public long Id { get; set; }
    public int IssueId { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
}
