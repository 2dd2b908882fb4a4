using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>How the back office names an interview's status: on its badge, and inside a sentence.</summary>
public static class StatusNames
{
    public static string Label(InterviewStatus status) => status switch
    {
        InterviewStatus.InReview => "In review",
        _ => status.ToString(),
    };

    /// <summary>"An interview that is {this}…", worded by <paramref name="word"/> (a localizer): the badge's label
    /// with a small first letter. A resource cannot hold both "Published" and "published", as its keys ignore case.</summary>
    public static string Of(InterviewStatus status, Func<string, string> word) => status switch
    {
        InterviewStatus.Draft => word("a draft"),
        _ => LocalizedText.InSentence(word(Label(status))),
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
