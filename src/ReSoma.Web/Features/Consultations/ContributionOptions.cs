namespace ReSoma.Web.Features.Consultations;

/// <summary>The <c>Contributions</c> section.</summary>
public sealed class ContributionOptions
{
    public const string Section = "Contributions";

    /// <summary>All of one person's attachments together, so nobody can fill the disk one consultation at a time.</summary>
    public long AttachmentQuotaBytes { get; set; } = 30 * 1024 * 1024;
}
