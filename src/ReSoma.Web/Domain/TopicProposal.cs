namespace ReSoma.Web.Domain;

/// <summary>A stakeholder's suggestion of a topic for a coming cycle; admins see them when they choose the topics.</summary>
public class TopicProposal
{
    public int Id { get; set; }
    public int Year { get; set; }
    public Area Area { get; set; }
    public required string Title { get; set; }
    public string Rationale { get; set; } = "";
    public string? ProposedByUserId { get; set; }
    public string ProposedByName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The topic it became, when an admin adopted it.</summary>
    public int? AdoptedTopicId { get; set; }
}
