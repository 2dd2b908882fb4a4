namespace ReSoma.Web.Domain;

/// <summary>One step of a cycle's timeline: which phase began on which day, and who recorded it when.</summary>
public class CyclePhaseChange
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public CyclePhase Phase { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedByUserId { get; set; }
    public string RecordedByName { get; set; } = "";
}
