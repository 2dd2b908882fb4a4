namespace ReSoma.Web.Domain;

/// <summary>The day a phase of a cycle is planned to begin, set when the cycle is opened; the actual start is a
/// <see cref="CyclePhaseChange"/>, recorded when the cycle moves.</summary>
public class PlannedPhase
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public CyclePhase Phase { get; set; }
    public DateOnly StartsOn { get; set; }
}
