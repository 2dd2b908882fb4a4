namespace ReSoma.Web.Domain;

/// <summary>
/// The random salt of one UTC day, shared by every instance so that a visitor hashes the same wherever they land.
/// Deleted once its day is over, after which no hash of that day can be recomputed from an address.
/// </summary>
public class UsageSalt
{
    public DateOnly Day { get; set; }
    public required byte[] Salt { get; set; }
}
