namespace ReSoma.Web.Domain;

/// <summary>
/// One counted use in the style of COUNTER: one per visitor, item, metric and hour. The unique key over those four is
/// what makes a use count once, whichever instance or batch writes it. The visitor is a salted hash whose salt changes
/// (and is thrown away) every day, so no address or browser is stored and yesterday's visitors cannot be linked to today's.
/// </summary>
public class UsageHit
{
    public long Id { get; set; }

    /// <summary>"brief" or "interview", the same kinds the search uses.</summary>
    public required string ItemKind { get; set; }

    public int ItemId { get; set; }
    public UsageMetric Metric { get; set; }

    /// <summary>The start of the UTC hour the use fell in.</summary>
    public DateTime Hour { get; set; }

    /// <summary>Hex of the visitor's daily salted hash.</summary>
    public required string Visitor { get; set; }
}
