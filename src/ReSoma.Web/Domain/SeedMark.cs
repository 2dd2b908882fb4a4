namespace ReSoma.Web.Domain;

/// <summary>
/// Records that a seeding step ran once, so a step never runs twice — not even after an admin deleted the
/// demo content it wrote.
/// </summary>
public class SeedMark
{
    public required string Name { get; set; }
    public DateTimeOffset AppliedAt { get; set; }
}
