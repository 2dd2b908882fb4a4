namespace ReSoma.Web.Domain;

/// <summary>
/// A digest claimed for one person and one period ("2026-12-05" daily, "2026-W49" weekly, in their zone). The unique
/// pair is what makes each digest go out once, whichever instance of the worker gets there first.
/// </summary>
public class DigestClaim
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Period { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
    public int Items { get; set; }
}
