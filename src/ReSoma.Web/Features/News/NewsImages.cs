using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Features.News;

/// <summary>An item's image opened for serving, with what the response needs to say about it. The file result disposes <see cref="Content"/>.</summary>
public sealed record NewsImageFile(Stream Content, string ContentType, bool IsPublished, DateTimeOffset LastModified, string ETag);

/// <summary>
/// Where news images live: in the file store, outside wwwroot, served only through /news/images/{id} so that the
/// image of an unpublished item stays as private as its text.
/// </summary>
public sealed class NewsImages(ReSomaDbContext db, IFileStore files)
{
    public const string Folder = "news-images";

    /// <returns>The image, when the item has one and it may be shown: a draft's only to editors.</returns>
    public async Task<NewsImageFile?> FindAsync(int id, bool editor, CancellationToken cancellationToken = default)
    {
        var post = await db.NewsPosts.AsNoTracking()
            .Where(n => n.Id == id && n.ImageStoredName != null)
            .Select(n => new { n.ImageStoredName, n.ImageContentType, n.IsPublished, n.UpdatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (post is null || !(post.IsPublished || editor))
        {
            return null;
        }

        var image = await files.OpenReadAsync(FileKeys.Of(Folder, post.ImageStoredName!), cancellationToken);
        return image is null
            ? null
            : new NewsImageFile(image.Content, post.ImageContentType ?? "application/octet-stream", post.IsPublished, post.UpdatedAt, $"\"n{id}-{post.ImageStoredName![..8]}\"");
    }
}
