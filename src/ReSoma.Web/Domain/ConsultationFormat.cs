namespace ReSoma.Web.Domain;

/// <summary>The ways ReSOMA consults stakeholders.</summary>
public enum ConsultationFormat
{
    OnlineSurvey = 1,
    FeedbackMeeting = 2,
    VideoInterview = 3,
    WrittenContributionCall = 4,
}
