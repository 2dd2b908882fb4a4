using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Photos;

/// <summary>An expert photo ready to be served: where it is, its type, and what the address may be cached as.</summary>
public sealed record PhotoFile(string Path, string ContentType, string ETag, bool IsPublic, bool IsCurrentVersion);

/// <summary>Finds the photo of an interview: anyone may have a published interview's, only editors an unpublished one's.</summary>
public sealed class InterviewPhotoQuery(ReSomaDbContext db, InterviewPhotos photos)
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

        var path = photos.PathOf(found.ExpertPhotoStoredName!);
        return File.Exists(path)
            ? new PhotoFile(path, found.ExpertPhotoContentType ?? "application/octet-stream", $"\"{Path.GetFileNameWithoutExtension(path)}\"", isPublic, version == found.Version)
            : null;
    }
}
