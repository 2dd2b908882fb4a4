using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Features.Interviews.Photos;

/// <summary>An expert photo opened for serving: its type, and what the address may be cached as. The file result disposes <see cref="Content"/>.</summary>
public sealed record PhotoFile(Stream Content, string ContentType, DateTimeOffset LastModified, string ETag, bool IsPublic, bool IsCurrentVersion);

/// <summary>Finds the photo of an interview: anyone may have a published interview's, only editors an unpublished one's.</summary>
public sealed class InterviewPhotoQuery(ReSomaDbContext db, IFileStore files)
{
    public async Task<PhotoFile?> FindAsync(int interviewId, bool editor, int? version, CancellationToken cancellationToken = default)
    {
        var found = await db.Interviews.AsNoTracking()
            .Where(i => i.Id == interviewId && i.ExpertPhotoStoredName != null)
            .Select(i => new { i.ExpertPhotoStoredName, i.ExpertPhotoContentType, i.Status, i.Version })
            .FirstOrDefaultAsync(cancellationToken);
        var isPublic = found?.Status == InterviewStatus.Published;
        if (found is null || !(isPublic || editor))
        {
            return null;
        }

        var photo = await files.OpenReadAsync(InterviewPhotos.KeyOf(found.ExpertPhotoStoredName!), cancellationToken);
        return photo is null
            ? null
            : new PhotoFile(photo.Content, found.ExpertPhotoContentType ?? "application/octet-stream", photo.LastModified,
                $"\"{Path.GetFileNameWithoutExtension(found.ExpertPhotoStoredName)}\"", isPublic, version == found.Version);
    }
}
