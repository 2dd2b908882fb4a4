using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>How the back office names an interview's status: on its badge, and inside a sentence.</summary>
public static class StatusNames
{
    public static string Label(InterviewStatus status) => status switch
    {
        InterviewStatus.InReview => "In review",
        _ => status.ToString(),
    };

    /// <summary>"An interview that is {this}…".</summary>
    public static string Of(InterviewStatus status) => status switch
    {
        InterviewStatus.Draft => "a draft",
        InterviewStatus.InReview => "in review",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>Bootstrap's badge colours, which keep the text readable; the label, not the colour, carries the meaning.</summary>
    public static string BadgeClass(InterviewStatus status) => status switch
    {
        InterviewStatus.Published => "text-bg-success",
        InterviewStatus.Scheduled => "text-bg-primary",
        InterviewStatus.InReview => "text-bg-info",
        _ => "text-bg-secondary",
    };
}
