namespace ReSoma.Web.Domain;

/// <summary>A person following something (<see cref="FollowKind"/>); the pair of kind and key is unique per person.</summary>
public class Follow
{
    public const string CurrentCycle = "current";
    public const string AllEvents = "all";

    public long Id { get; set; }
    public required string UserId { get; set; }
    public FollowKind Kind { get; set; }

    /// <summary>Which one: a topic's first-entry id, an area's or series' name, or a fixed word.</summary>
    public required string Key { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
