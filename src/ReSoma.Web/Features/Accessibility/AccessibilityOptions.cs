namespace ReSoma.Web.Features.Accessibility;

/// <summary>The <c>Accessibility</c> section: the dates the statement shows, and whom people write to about a barrier.</summary>
public sealed class AccessibilityOptions
{
    public const string Section = "Accessibility";

    /// <summary>
    /// The day the pages were last checked: the browser test's axe sweep and the keyboard journeys
    /// (docs/accessibility.md). Change it here, and only here, on the day they are run and pass.
    /// </summary>
    public string LastChecked { get; set; } = "2026-12-06";

    /// <summary>The day this statement was first prepared.</summary>
    public string Prepared { get; set; } = "2026-12-06";

    /// <summary>Where to report a barrier; empty means the portal's published contact, <c>Privacy:ContactEmail</c>.</summary>
    public string ContactEmail { get; set; } = "";
}
