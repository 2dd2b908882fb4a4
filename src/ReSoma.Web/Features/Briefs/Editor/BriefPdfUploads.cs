using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Features.Briefs.Editor;

/// <summary>
/// Stores an uploaded PDF in the file store (never in wwwroot) after checking it really is one: it must start
/// with the PDF signature, whatever its name or declared content type says.
/// </summary>
public sealed class BriefPdfUploads(ReSomaDbContext db, IFileStore files, IOptions<BriefUploadOptions> options, TimeProvider clock, ILogger<BriefPdfUploads> logger, IStringLocalizer<BriefPdfUploads> localizer)
{
    private static readonly byte[] Signature = "%PDF-"u8.ToArray();

    public long MaxBytes => options.Value.MaxPdfBytes;

    /// <returns>Why the file was refused, or null when it was stored.</returns>
    public async Task<string?> UploadAsync(int briefId, IFormFile? file, CancellationToken cancellationToken = default)
    {
        if (file is null || file.Length == 0)
        {
            return localizer["Choose a PDF file to upload."];
        }

        if (file.Length > MaxBytes)
        {
            return localizer["The file is {0}; PDFs can be at most {1}.", Megabytes(file.Length, localizer), Megabytes(MaxBytes, localizer)];
        }

        var brief = await db.Briefs.Include(b => b.Authors).Include(b => b.Search).FirstOrDefaultAsync(b => b.Id == briefId, cancellationToken);
        if (brief is null)
        {
            return localizer["This brief no longer exists."];
        }

        if (!await UploadSignatures.StartsWithAsync(file, Signature, cancellationToken))
        {
            return localizer["\"{0}\" is not a PDF: its content does not start like one. Nothing was stored.", Path.GetFileName(file.FileName)];
        }

        var storedName = Guid.NewGuid().ToString("N") + ".pdf";
        await using (var content = file.OpenReadStream())
        {
            await files.SaveAsync(FileKeys.Of(BriefPdfs.UploadFolder, storedName), content, "application/pdf", cancellationToken);
        }

        var previous = brief.PdfStoredName;
        var now = clock.GetUtcNow();
        brief.PdfStoredName = storedName;
        brief.PdfOriginalName = Path.GetFileName(file.FileName);
        brief.PdfSize = file.Length;
        brief.PdfUploadedAt = now;
        brief.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteQuietlyAsync(BriefPdfs.UploadFolder, storedName, logger);
            throw;
        }

        await files.DeleteQuietlyAsync(BriefPdfs.UploadFolder, previous, logger);
        return null;
    }

    public async Task RemoveAsync(int briefId, CancellationToken cancellationToken = default)
    {
        var brief = await db.Briefs.Include(b => b.Authors).Include(b => b.Search).FirstOrDefaultAsync(b => b.Id == briefId, cancellationToken);
        if (brief?.PdfStoredName is not { } stored)
        {
            return;
        }

        brief.PdfStoredName = null;
        brief.PdfOriginalName = null;
        brief.PdfSize = null;
        brief.PdfUploadedAt = null;
        brief.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await files.DeleteQuietlyAsync(BriefPdfs.UploadFolder, stored, logger);
    }

    /// <summary>A size in megabytes as the reader's language writes it ("1.4 MB", "1,4 Mo").</summary>
    public static string Megabytes(long bytes, IStringLocalizer localizer) =>
        localizer["{0} MB", (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.CurrentCulture)];
}
