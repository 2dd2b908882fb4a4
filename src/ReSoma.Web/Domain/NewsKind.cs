namespace ReSoma.Web.Domain;

/// <summary>What counts as news for a person: things published in what they follow, and what happened to their own contributions.</summary>
public enum NewsKind
{
    BriefPublished = 1,
    ConsultationOpened = 2,
    CyclePhaseChanged = 3,
    InterviewPublished = 4,
    EventAnnounced = 5,
    ContributionAccepted = 6,
    ContributionDeclined = 7,
    ContributionCited = 8,

    /// <summary>Someone replied to the person's comment.</summary>
    CommentReplied = 9,

    /// <summary>A new comment on something the person follows.</summary>
    CommentPosted = 10,

    /// <summary>The editors decided on a comment the person reported.</summary>
    ReportDecided = 11,
}
