using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Features.Consultations;

/// <summary>A person's own written contribution: submit, edit until the consultation closes, attach a PDF.</summary>
public sealed class ContributionCommands(ReSomaDbContext db, IFileStore files, IOptions<ContributionOptions> options, TimeProvider clock, ILogger<ContributionCommands> logger, IStringLocalizer<ContributionCommands> localizer)
{
    public const string AttachmentFolder = "contributions";
    public const long MaxAttachmentBytes = 10 * 1024 * 1024;

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();

    public sealed record Mine(ContributionInput Input, ContributionStatus Status, string? ModerationNote, string? AttachmentName, DateTimeOffset SubmittedAt);

    /// <summary>The signed-in person's contribution to this consultation, if any: the query is scoped to them.</summary>
    public async Task<Mine?> MineAsync(int consultationId, string userId, CancellationToken cancellationToken = default) =>
        await db.Contributions.AsNoTracking()
            .Where(c => c.ConsultationId == consultationId && c.AuthorUserId == userId)
            .Select(c => new Mine(new ContributionInput { Title = c.Title, Body = c.Body, Version = c.Version }, c.Status, c.ModerationNote, c.AttachmentOriginalName, c.SubmittedAt))
            .FirstOrDefaultAsync(cancellationToken);

    /// <returns>Why it was refused, or null when saved.</returns>
    public async Task<string?> SaveAsync(int consultationId, string userId, ContributionInput input, IFormFile? attachment, CancellationToken cancellationToken = default)
    {
        var attachmentError = await CheckAttachmentAsync(attachment, cancellationToken) ?? await CheckQuotaAsync(consultationId, userId, attachment, cancellationToken);
        if (attachmentError is not null)
        {
            return attachmentError;
        }

        var now = clock.GetUtcNow();
        var contribution = await db.Contributions.FirstOrDefaultAsync(c => c.ConsultationId == consultationId && c.AuthorUserId == userId, cancellationToken);
        if (contribution is null)
        {
            contribution = db.Contributions.Add(new Contribution { ConsultationId = consultationId, AuthorUserId = userId, Title = "", SubmittedAt = now }).Entity;
        }
        else
        {
            db.Entry(contribution).Property(c => c.Version).OriginalValue = input.Version;
            // A changed text goes back to the editors for a fresh look.
            contribution.Status = ContributionStatus.Submitted;
            contribution.ModerationNote = null;
        }

        contribution.Title = input.Title.Trim();
        contribution.Body = input.Body;
        contribution.UpdatedAt = now;
        string? replaced = null;
        string? written = null;
        if (attachment is { Length: > 0 })
        {
            replaced = contribution.AttachmentStoredName;
            contribution.AttachmentStoredName = Guid.NewGuid().ToString("N") + ".pdf";
            contribution.AttachmentOriginalName = Path.GetFileName(attachment.FileName);
            contribution.AttachmentSize = attachment.Length;
            written = contribution.AttachmentStoredName;
            await using var content = attachment.OpenReadStream();
            await files.SaveAsync(FileKeys.Of(AttachmentFolder, written), content, "application/pdf", cancellationToken);
        }

        // The file is written first, so a saved row never names a missing file; any failed save takes it away again.
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await RemoveAsync(written);
            return localizer["You changed this contribution in another window. Reload the page to see the saved version."];
        }
        catch
        {
            await RemoveAsync(written);
            throw;
        }

        await RemoveAsync(replaced);
        return null;
    }

    /// <summary>Removes a person's attachment files; their contributions go with the account (database cascade).</summary>
    public async Task RemoveAttachmentsOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        var stored = await db.Contributions.AsNoTracking().Where(c => c.AuthorUserId == userId && c.AttachmentStoredName != null)
            .Select(c => c.AttachmentStoredName!).ToListAsync(cancellationToken);
        foreach (var name in stored)
        {
            await RemoveAsync(name);
        }
    }

    private async Task<string?> CheckQuotaAsync(int consultationId, string userId, IFormFile? attachment, CancellationToken cancellationToken)
    {
        if (attachment is not { Length: > 0 })
        {
            return null;
        }

        // The attachment this one replaces does not count.
        var others = await db.Contributions.Where(c => c.AuthorUserId == userId && c.ConsultationId != consultationId)
            .SumAsync(c => c.AttachmentSize ?? 0, cancellationToken);
        var quota = options.Value.AttachmentQuotaBytes;
        return others + attachment.Length > quota
            ? localizer["Your attachments to all consultations together can be at most {0} MB. Remove an attachment from another contribution, or send this one without a file.", Math.Max(1, quota / 1024 / 1024)].Value
            : null;
    }

    private Task RemoveAsync(string? storedName) => files.DeleteQuietlyAsync(AttachmentFolder, storedName, logger);

    private async Task<string?> CheckAttachmentAsync(IFormFile? attachment, CancellationToken cancellationToken)
    {
        if (attachment is null || attachment.Length == 0)
        {
            return null;
        }

        if (attachment.Length > MaxAttachmentBytes)
        {
            return localizer["The attachment can be at most 10 MB."];
        }

        return await UploadSignatures.StartsWithAsync(attachment, PdfSignature, cancellationToken) ? null : localizer["The attachment must be a PDF file."].Value;
    }
}
