using Microsoft.Extensions.Localization;
using System.Globalization;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Features.News.Editor;

/// <summary>An image that passed the checks, held in memory until the item is saved (it is at most 2 MB).</summary>
public sealed record ImageUpload(byte[] Bytes, string ContentType, string Extension);

/// <summary>
/// Checks an uploaded image by its first bytes, whatever its name or declared type says, and stores it in the file
/// store. Only JPEG, PNG and WebP pass: SVG is refused on purpose, as it may carry script.
/// </summary>
public sealed class NewsImageUploads(IFileStore files, ILogger<NewsImageUploads> logger, IStringLocalizer<NewsImageUploads> localizer)
{
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <returns>The image, or why it was refused; both null when no file was chosen.</returns>
    public async Task<(ImageUpload? Image, string? Error)> ReadAsync(IFormFile? file, CancellationToken cancellationToken = default)
    {
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            return (null, null);
        }

        var name = Path.GetFileName(file.FileName);
        if (file.Length == 0)
        {
            return (null, localizer["\"{0}\" is empty. Choose the image again.", name]);
        }

        if (file.Length > MaxBytes)
        {
            return (null, localizer["The image is {0}; images can be at most {1}.", Megabytes(file.Length), Megabytes(MaxBytes)]);
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        return Sniff(bytes) is { } kind
            ? (new ImageUpload(bytes, kind.ContentType, kind.Extension), null)
            : (null, localizer["\"{0}\" is not a JPEG, PNG or WebP image: its content does not start like one. Nothing was stored.", name]);
    }

    /// <returns>The stored file's name.</returns>
    public async Task<string> StoreAsync(ImageUpload image, CancellationToken cancellationToken = default)
    {
        var storedName = Guid.NewGuid().ToString("N") + image.Extension;
        using var content = new MemoryStream(image.Bytes, writable: false);
        await files.SaveAsync(FileKeys.Of(NewsImages.Folder, storedName), content, image.ContentType, cancellationToken);
        return storedName;
    }

    public Task DeleteAsync(string? storedName) => files.DeleteQuietlyAsync(NewsImages.Folder, storedName, logger);

    public static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    private static (string ContentType, string Extension)? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ("image/jpeg", ".jpg");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ("image/png", ".png");
        }

        // RIFF, four bytes of length, then WEBP.
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ("image/webp", ".webp");
        }

        return null;
    }
}
