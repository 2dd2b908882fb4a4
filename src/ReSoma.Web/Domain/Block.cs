namespace ReSoma.Web.Domain;

/// <summary>A person who no longer wants messages from another: the blocked person's messages are refused, without
/// telling them why.</summary>
public class Block
{
    public required string BlockerId { get; set; }
    public required string BlockedId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
