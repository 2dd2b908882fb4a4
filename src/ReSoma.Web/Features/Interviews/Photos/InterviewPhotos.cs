using System.Globalization;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Features.Interviews.Photos;

/// <summary>
/// The experts' photos, kept in the file store (never in wwwroot) with names the portal makes. A file is taken
/// only when its first bytes are those of a JPEG, PNG or WebP image, whatever its name or declared type says, and it is
/// served later with the type its bytes showed.
/// </summary>
public sealed class InterviewPhotos(IFileStore files, ILogger<InterviewPhotos> logger, IStringLocalizer<InterviewPhotos> localizer)
{
    public const string Folder = "interview-photos";
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>What the file input accepts, for the form.</summary>
    public const string Accept = "image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp";

    public sealed record StoredPhoto(string StoredName, string ContentType);

    /// <summary>A stored photo, or why the file was refused (nothing is written then).</summary>
    public sealed record StoreResult(StoredPhoto? Photo, string? Error);

    private sealed record Kind(string ContentType, string Extension, Func<byte[], bool> Matches);

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // The first twelve bytes tell the three formats apart: JPEG's SOI marker, PNG's eight-byte signature, and WebP's
    // RIFF container with "WEBP" as its form type.
    private static readonly Kind[] Kinds =
    [
        new("image/jpeg", ".jpg", h => h[0] == 0xFF && h[1] == 0xD8 && h[2] == 0xFF),
        new("image/png", ".png", h => h.AsSpan(0, 8).SequenceEqual(PngSignature)),
        new("image/webp", ".webp", h => h.AsSpan(0, 4).SequenceEqual("RIFF"u8) && h.AsSpan(8, 4).SequenceEqual("WEBP"u8)),
    ];

    public async Task<StoreResult> StoreAsync(IFormFile file, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(file.FileName);
        if (file.Length == 0)
        {
            return new(null, localizer["\"{0}\" is empty. Choose a JPEG, PNG or WebP photo.", name]);
        }

        if (file.Length > MaxBytes)
        {
            return new(null, localizer["The photo is {0}; photos can be at most {1}.", Megabytes(file.Length), Megabytes(MaxBytes)]);
        }

        await using var upload = file.OpenReadStream();
        var head = new byte[12];
        var read = await upload.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var kind = read < head.Length ? null : Kinds.FirstOrDefault(k => k.Matches(head));
        if (kind is null)
        {
            return new(null, localizer["\"{0}\" is not a JPEG, PNG or WebP image: its content does not start like one. Nothing was stored.", name]);
        }

        var storedName = Guid.NewGuid().ToString("N") + kind.Extension;
        upload.Position = 0;
        await files.SaveAsync(KeyOf(storedName), upload, kind.ContentType, cancellationToken);
        return new(new StoredPhoto(storedName, kind.ContentType), null);
    }

    /// <summary>The photo's key in the store; a stored name is a bare file name, or <see cref="FileKeys"/> refuses it.</summary>
    public static string KeyOf(string storedName) => FileKeys.Of(Folder, storedName);

    /// <summary>Removes a photo that is no longer used; a file that cannot be removed is only logged.</summary>
    public Task DeleteAsync(string? storedName) => files.DeleteQuietlyAsync(Folder, storedName, logger);

    public static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
