namespace ReSoma.Web.Domain;

/// <summary>Someone signed in telling the editors a comment should not stand; one per person and comment.</summary>
public class CommentReport
{
    public const int NoteLength = 500;

    public long Id { get; set; }
    public long CommentId { get; set; }
    public Comment? Comment { get; set; }

    /// <summary>Null once the reporter's account is deleted; the report still counts.</summary>
    public string? ReporterId { get; set; }

    public ReportReason Reason { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public ReportOutcome? Outcome { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }

    public void Resolve(ReportOutcome outcome, DateTimeOffset now)
    {
        Outcome = outcome;
        ResolvedAt = now;
    }
}

public enum ReportReason
{
    OffTopic = 1,
    Abusive = 2,
    Spam = 3,
    PersonalInformation = 4,
    Other = 5,
}

public enum ReportOutcome
{
    Hidden = 1,
    Dismissed = 2,
}
