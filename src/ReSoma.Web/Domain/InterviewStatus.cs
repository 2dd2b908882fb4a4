namespace ReSoma.Web.Domain;

/// <summary>Where an interview is in the editorial workflow. Only <see cref="Published"/> is ever public.</summary>
public enum InterviewStatus
{
    Draft,
    InReview,
    Scheduled,
    Published,
}
