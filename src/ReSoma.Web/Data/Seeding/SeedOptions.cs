namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// The <c>Seed</c> section. Passwords come only from the environment (<c>Seed__DemoPassword</c>,
/// <c>Seed__AdminPassword</c>) or user secrets, never from committed configuration.
/// </summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Password for the demo accounts; a random one is generated and printed once when empty.</summary>
    public string? DemoPassword { get; set; }

    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }

    /// <summary>Demo accounts, one per role. Default: on in Development only.</summary>
    public bool? DemoAccounts { get; set; }

    /// <summary>Demo cycles, topics and organisations. Default: on in Development only.</summary>
    public bool? DemoContent { get; set; }
}
