namespace ReSoma.Web.Domain;

/// <summary>One annual cycle: nine topics, taken through agenda setting, consultations, synthesis and publication.</summary>
public class Cycle : IVersioned, IDemoContent
{
    public int Id { get; set; }
    public int Year { get; set; }
    public CyclePhase Phase { get; set; } = CyclePhase.AgendaSetting;

    /// <summary>At most one cycle is current; a unique filtered index holds that rule in the database.</summary>
    public bool IsCurrent { get; set; }

    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public List<Topic> Topics { get; set; } = [];
    public List<CyclePhaseChange> PhaseChanges { get; set; } = [];

    public const int TopicsPerArea = 3;
}
