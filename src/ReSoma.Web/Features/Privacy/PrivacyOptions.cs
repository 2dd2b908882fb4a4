namespace ReSoma.Web.Features.Privacy;

/// <summary>The <c>Privacy</c> section: whom people write to about their data.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    public string ContactEmail { get; set; } = "privacy@resoma.local";

    /// <summary>The date the notice was last reviewed, shown on the page.</summary>
    public string LastUpdated { get; set; } = "2026-12-03";
}
