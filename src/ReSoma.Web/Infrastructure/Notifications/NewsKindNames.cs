using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>How news is grouped in digests and on the notifications page: the person's own first, then by kind.</summary>
public static class NewsKindNames
{
    public static IReadOnlyList<NewsKind> InDigestOrder { get; } =
    [
        NewsKind.ContributionCited, NewsKind.ContributionAccepted, NewsKind.ContributionDeclined, NewsKind.BriefPublished,
        NewsKind.ConsultationOpened, NewsKind.InterviewPublished, NewsKind.EventAnnounced, NewsKind.CyclePhaseChanged,
        NewsKind.CommentReplied, NewsKind.ReportDecided, NewsKind.CommentPosted,
    ];

    public static string GroupName(this NewsKind kind) => kind switch
    {
        NewsKind.ContributionCited => "Your contributions cited",
        NewsKind.ContributionAccepted => "Your contributions accepted",
        NewsKind.ContributionDeclined => "Your contributions not accepted",
        NewsKind.BriefPublished => "New policy briefs",
        NewsKind.ConsultationOpened => "Consultations opened",
        NewsKind.InterviewPublished => "Expert interviews",
        NewsKind.EventAnnounced => "Events announced",
        NewsKind.CyclePhaseChanged => "The annual cycle",
        NewsKind.CommentReplied => "Replies to your comments",
        NewsKind.ReportDecided => "Comments you reported",
        NewsKind.CommentPosted => "New comments",
        _ => kind.ToString(),
    };

    /// <summary>One item's kind, as the notifications page labels it.</summary>
    public static string ItemName(this NewsKind kind) => kind switch
    {
        NewsKind.BriefPublished => "Policy brief",
        NewsKind.ConsultationOpened => "Consultation",
        NewsKind.InterviewPublished => "Expert interview",
        NewsKind.EventAnnounced => "Event",
        NewsKind.CyclePhaseChanged => "Annual cycle",
        NewsKind.CommentReplied => "Reply",
        NewsKind.ReportDecided => "Report",
        NewsKind.CommentPosted => "Comment",
        _ => "Your contribution",
    };
}
