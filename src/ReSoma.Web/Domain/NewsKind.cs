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
}
