using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Features.Consultations;

/// <summary>A person's own written contribution: submit, edit until the consultation closes, attach a PDF.</summary>
public sealed class ContributionCommands(ReSomaDbContext db, DataPaths paths, TimeProvider clock)
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
        var attachmentError = await CheckAttachmentAsync(attachment, cancellationToken);
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
        if (attachment is { Length: > 0 })
        {
            replaced = contribution.AttachmentStoredName;
            contribution.AttachmentStoredName = Guid.NewGuid().ToString("N") + ".pdf";
            contribution.AttachmentOriginalName = Path.GetFileName(attachment.FileName);
            contribution.AttachmentSize = attachment.Length;
            await using var target = File.Create(Path.Combine(paths.Folder(AttachmentFolder), contribution.AttachmentStoredName));
            await attachment.CopyToAsync(target, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return "You changed this contribution in another window. Reload the page to see the saved version.";
        }

        if (replaced is not null)
        {
            File.Delete(Path.Combine(paths.Folder(AttachmentFolder), replaced));
        }

        return null;
    }

    private static async Task<string?> CheckAttachmentAsync(IFormFile? attachment, CancellationToken cancellationToken)
    {
        if (attachment is null || attachment.Length == 0)
        {
            return null;
        }

        if (attachment.Length > MaxAttachmentBytes)
        {
            return "The attachment can be at most 10 MB.";
        }

        await using var stream = attachment.OpenReadStream();
        var head = new byte[PdfSignature.Length];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return read == head.Length && head.AsSpan().SequenceEqual(PdfSignature) ? null : "The attachment must be a PDF file.";
    }
}
