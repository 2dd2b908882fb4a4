using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Features.News;

/// <summary>An item's image on disk, with what the response needs to say about it.</summary>
public sealed record NewsImageFile(string Path, string ContentType, bool IsPublished, DateTimeOffset LastModified, string ETag);

/// <summary>
/// Where news images live: under the data folder, outside wwwroot, served only through /news/images/{id} so that the
/// image of an unpublished item stays as private as its text.
/// </summary>
public sealed class NewsImages(ReSomaDbContext db, DataPaths paths)
{
    public const string Folder = "news-images";

    public string PathOf(string storedName) => System.IO.Path.Combine(paths.Folder(Folder), storedName);

    public async Task<NewsImageFile?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        var post = await db.NewsPosts.AsNoTracking()
            .Where(n => n.Id == id && n.ImageStoredName != null)
            .Select(n => new { n.ImageStoredName, n.ImageContentType, n.IsPublished, n.UpdatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return null;
        }

        var path = PathOf(post.ImageStoredName!);
        return File.Exists(path)
            ? new NewsImageFile(path, post.ImageContentType ?? "application/octet-stream", post.IsPublished, post.UpdatedAt, $"\"n{id}-{post.ImageStoredName![..8]}\"")
            : null;
    }
}
