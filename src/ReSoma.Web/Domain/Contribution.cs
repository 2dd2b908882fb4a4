namespace ReSoma.Web.Domain;

/// <summary>A written contribution to a consultation, moderated by editors. One per person per consultation.</summary>
public class Contribution : IVersioned
{
    public int Id { get; set; }
    public int ConsultationId { get; set; }
    public Consultation? Consultation { get; set; }
    public required string AuthorUserId { get; set; }
    public ApplicationUser? Author { get; set; }
    public required string Title { get; set; }

    /// <summary>Markdown, rendered without raw HTML.</summary>
    public string Body { get; set; } = "";

    public string? AttachmentStoredName { get; set; }
    public string? AttachmentOriginalName { get; set; }
    public long? AttachmentSize { get; set; }

    public ContributionStatus Status { get; set; } = ContributionStatus.Submitted;
    public string? ModerationNote { get; set; }
    public DateTimeOffset? ModeratedAt { get; set; }
    public string? ModeratedByUserId { get; set; }

    /// <summary>The editor's name as shown to other editors; taken off when that editor's account is deleted.</summary>
    public string? ModeratedByName { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}
