namespace ReSoma.Web.Domain;

/// <summary>
/// A message one person sent another through a public profile. The portal mails it; the recipient's address is never
/// shown, and the sender's only as the reply-to they agreed to reveal. Kept for the sender's personal data and for the
/// rate limit.
/// </summary>
public class ProfileMessage
{
    public const int SubjectLength = 150;
    public const int BodyLength = 4_000;

    public long Id { get; set; }
    public string? SenderId { get; set; }
    public string? RecipientId { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
