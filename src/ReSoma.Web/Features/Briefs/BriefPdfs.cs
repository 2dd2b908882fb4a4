using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Features.Briefs;

/// <summary>A PDF on disk, ready to be served with its validators.</summary>
public sealed record PdfFile(string Path, string DownloadName, DateTimeOffset LastModified, string ETag);

/// <summary>
/// Where a published brief's PDF comes from: the uploaded file, or one generated from the brief and cached on disk
/// until the brief changes. Both live under the data folder, outside wwwroot, and are served only by /briefs/{slug}/pdf.
/// </summary>
public sealed class BriefPdfs(ReSomaDbContext db, DataPaths paths, BriefPageQuery pages)
{
    public const string UploadFolder = "brief-pdfs";
    public const string CacheFolder = "pdf-cache";

    public async Task<PdfFile?> FindAsync(string slug, string siteRoot, CancellationToken cancellationToken = default)
    {
        var brief = await db.Briefs.AsNoTracking()
            .Where(b => b.Slug == slug && b.Status == BriefStatus.Published)
            .Select(b => new { b.Id, b.PdfStoredName, b.PdfUploadedAt, b.UpdatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (brief is null)
        {
            return null;
        }

        var name = $"resoma-{slug}.pdf";
        if (brief.PdfStoredName is not null)
        {
            var uploaded = Path.Combine(paths.Folder(UploadFolder), brief.PdfStoredName);
            return File.Exists(uploaded) ? new PdfFile(uploaded, name, brief.PdfUploadedAt ?? brief.UpdatedAt, $"\"u{brief.Id}-{brief.PdfStoredName[..8]}\"") : null;
        }

        var version = brief.UpdatedAt.UtcTicks;
        var cached = Path.Combine(paths.Folder(CacheFolder), $"brief-{brief.Id}-{version}.pdf");
        if (!File.Exists(cached))
        {
            var page = await pages.PublicAsync(slug, cancellationToken);
            await WriteAtomicallyAsync(cached, BriefPdfRenderer.Render(page!, siteRoot), cancellationToken);
        }

        return new PdfFile(cached, name, brief.UpdatedAt, $"\"g{brief.Id}-{version}\"");
    }

    // Two first downloads at once must not see a half-written file: write aside, then move into place.
    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
