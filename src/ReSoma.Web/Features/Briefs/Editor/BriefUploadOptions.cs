namespace ReSoma.Web.Features.Briefs.Editor;

/// <summary>The <c>Briefs</c> section: limits of PDF uploads.</summary>
public sealed class BriefUploadOptions
{
    public const string Section = "Briefs";

    public long MaxPdfBytes { get; set; } = 20 * 1024 * 1024;
}
