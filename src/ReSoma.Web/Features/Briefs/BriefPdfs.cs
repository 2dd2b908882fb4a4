using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Features.Briefs;

/// <summary>A PDF opened for serving, with its validators. The file result disposes <see cref="Content"/>.</summary>
public sealed record PdfFile(Stream Content, string DownloadName, DateTimeOffset LastModified, string ETag);

/// <summary>
/// Where a published brief's PDF comes from: the uploaded file (in the file store), or one generated from the brief and
/// cached on this machine's disk until the brief changes. Neither is under wwwroot; both are served only by
/// /briefs/{slug}/pdf. The generated one is a cache, not data: each instance of a scaled-out portal makes its own.
/// </summary>
public sealed class BriefPdfs(ReSomaDbContext db, IFileStore files, DataPaths paths, BriefPageQuery pages)
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
            var uploaded = await files.OpenReadAsync(FileKeys.Of(UploadFolder, brief.PdfStoredName), cancellationToken);
            return uploaded is null ? null : new PdfFile(uploaded.Content, name, brief.PdfUploadedAt ?? brief.UpdatedAt, $"\"u{brief.Id}-{brief.PdfStoredName[..8]}\"");
        }

        var version = brief.UpdatedAt.UtcTicks;
        var cached = Path.Combine(paths.Folder(CacheFolder), $"brief-{brief.Id}-{version}.pdf");
        if (!File.Exists(cached))
        {
            var page = await pages.PublicAsync(slug, cancellationToken);
            await WriteAtomicallyAsync(cached, BriefPdfRenderer.Render(page!, siteRoot), cancellationToken);
        }

        return new PdfFile(File.OpenRead(cached), name, brief.UpdatedAt, $"\"g{brief.Id}-{version}\"");
    }

    // Two first downloads at once must not see a half-written file: write aside, then move into place.
    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
