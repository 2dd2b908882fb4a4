using ReSoma.Web.Domain;
using ReSoma.Web.Features.Briefs.Versions;

namespace ReSoma.Web.Features.Briefs.Editor;

/// <summary>Another editor's saved version, shown beside the form when a save conflicts.</summary>
public sealed record BriefSnapshot(string Title, string Summary, string Body, string Keywords, string Authors, DateTimeOffset SavedAt, int Version);

public sealed record PdfInfo(string OriginalName, long Size, DateTimeOffset UploadedAt);

public sealed record EditBriefPage(
    int Id,
    string Slug,
    BriefStatus Status,
    string? WithdrawnReason,
    PdfInfo? Pdf,
    BriefInput Input,
    BriefSnapshot? Theirs = null,
    string? Notice = null)
{
    /// <summary>The published versions, newest first.</summary>
    public IReadOnlyList<VersionLine> Versions { get; init; } = [];
}
