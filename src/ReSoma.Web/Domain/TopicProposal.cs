namespace ReSoma.Web.Domain;

/// <summary>
/// A stakeholder's suggestion of a topic for the next cycle, whatever its year turns out to be: admins see every open
/// proposal when they open the next cycle, and that opening decides it (adopted as a topic, or not).
/// </summary>
public class TopicProposal
{
    public int Id { get; set; }

    /// <summary>The cycle whose opening decided the proposal; null while it waits for the next cycle.</summary>
    public int? DecidedInYear { get; set; }

    public Area Area { get; set; }
    public required string Title { get; set; }
    public string Rationale { get; set; } = "";
    public string? ProposedByUserId { get; set; }
    public string ProposedByName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The topic it became, when an admin adopted it.</summary>
    public int? AdoptedTopicId { get; set; }

    public bool IsOpen => DecidedInYear is null;

    /// <summary>Marks the proposal decided by the opening of <paramref name="year"/>'s cycle, adopted as
    /// <paramref name="topic"/> or (when null) not adopted.</summary>
    public void DecideIn(int year, Topic? topic)
    {
        DecidedInYear = year;
        if (topic is not null)
        {
            AdoptedTopicId = topic.Id;
        }
    }
}
