namespace ReSoma.Web.Domain;

/// <summary>How a brief relates to another piece of evidence. "Draws on a consultation" is <see cref="BriefConsultation"/>.</summary>
public enum BriefLinkKind
{
    /// <summary>The brief cites a written contribution to a consultation.</summary>
    Cites = 1,

    /// <summary>The brief follows up an earlier brief.</summary>
    FollowsUp = 2,

    /// <summary>The brief was discussed in an interview or at an event.</summary>
    DiscussedIn = 3,
}

/// <summary>
/// A typed link an editor sets from a brief to a contribution, an earlier brief, an interview or an event. Exactly one
/// target is set, and it must be the kind's own (<see cref="RefusalOf"/>). The author of a cited contribution is told
/// once, when the brief is first public with the citation (<see cref="AuthorToldAt"/> is the claim).
/// </summary>
public class BriefLink
{
    public int Id { get; set; }
    public int BriefId { get; set; }
    public BriefLinkKind Kind { get; set; }
    public int? ContributionId { get; set; }
    public int? EarlierBriefId { get; set; }
    public int? InterviewId { get; set; }
    public int? EventId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? AuthorToldAt { get; set; }

    /// <summary>Why this combination of kind and target cannot be, or null when it can.</summary>
    public static string? RefusalOf(BriefLinkKind kind, int? contributionId, int? earlierBriefId, int? interviewId, int? eventId, int briefId)
    {
        var targets = new[] { contributionId, earlierBriefId, interviewId, eventId }.Count(t => t is not null);
        if (targets != 1)
        {
            return "Choose one item to link to.";
        }

        return kind switch
        {
            BriefLinkKind.Cites when contributionId is null => "A brief cites a contribution: choose one.",
            BriefLinkKind.FollowsUp when earlierBriefId is null => "A brief follows up another brief: choose one.",
            BriefLinkKind.FollowsUp when earlierBriefId == briefId => "A brief cannot follow up itself.",
            BriefLinkKind.DiscussedIn when interviewId is null && eventId is null => "A brief is discussed in an interview or at an event: choose one.",
            BriefLinkKind.Cites or BriefLinkKind.FollowsUp or BriefLinkKind.DiscussedIn => null,
            _ => "Choose what kind of link this is.",
        };
    }
}
