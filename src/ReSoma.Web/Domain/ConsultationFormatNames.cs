namespace ReSoma.Web.Domain;

/// <summary>How a format appears in URLs (<c>?format=feedback-meeting</c>) and on screen.</summary>
public static class ConsultationFormatNames
{
    public static IReadOnlyList<ConsultationFormat> All { get; } =
        [ConsultationFormat.OnlineSurvey, ConsultationFormat.FeedbackMeeting, ConsultationFormat.VideoInterview, ConsultationFormat.WrittenContributionCall];

    public static string Slug(this ConsultationFormat format) => format switch
    {
        ConsultationFormat.OnlineSurvey => "online-survey",
        ConsultationFormat.FeedbackMeeting => "feedback-meeting",
        ConsultationFormat.VideoInterview => "video-interview",
        ConsultationFormat.WrittenContributionCall => "written-contributions",
        _ => format.ToString().ToLowerInvariant(),
    };

    public static string DisplayName(this ConsultationFormat format) => format switch
    {
        ConsultationFormat.OnlineSurvey => "Online survey",
        ConsultationFormat.FeedbackMeeting => "Feedback meeting",
        ConsultationFormat.VideoInterview => "Video interview",
        ConsultationFormat.WrittenContributionCall => "Call for written contributions",
        _ => format.ToString(),
    };

    /// <summary>A meeting or an interview has seats to register for; a survey or a call for written contributions is
    /// open to everyone it is for, without a seat.</summary>
    public static bool TakesSeats(this ConsultationFormat format) =>
        format is ConsultationFormat.FeedbackMeeting or ConsultationFormat.VideoInterview;

    public static ConsultationFormat? FromSlug(string? value) =>
        All.Cast<ConsultationFormat?>().FirstOrDefault(f => string.Equals(f!.Value.Slug(), value, StringComparison.OrdinalIgnoreCase));
}
