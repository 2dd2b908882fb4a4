namespace ReSoma.Web.Domain;

public enum EventKind
{
    Conference,
    Workshop,
    Webinar,
    FeedbackMeeting,
}
