using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>
/// Adds the revision of a change to the context, to be saved in the same <c>SaveChanges</c> as the change itself: a
/// change is never saved without its revision, nor a revision without its change. The interview's version check
/// makes two saves of one interview take turns, so their numbers cannot collide.
/// </summary>
public sealed class InterviewRevisionWriter(ReSomaDbContext db, TimeProvider clock)
{
    /// <param name="interview">With its topics, briefs and questions loaded: the snapshot names them.</param>
    public async Task AddAsync(Interview interview, EditorAccount editor, string action, CancellationToken cancellationToken = default)
    {
        var last = interview.Id == 0 ? 0 : await db.InterviewRevisions.Where(r => r.InterviewId == interview.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        var revision = new InterviewRevision
        {
            Number = last + 1,
            EditorId = editor.Id,
            EditorName = editor.Name,
            CreatedAt = clock.GetUtcNow(),
            Action = action.Length > FieldLengths.Title ? action[..FieldLengths.Title] : action,
            Snapshot = InterviewSnapshot.Of(interview),
        };
        db.InterviewRevisions.Add(revision);

        // A new interview has only a temporary key until it is inserted; the revision points at that key and EF
        // writes the real one into it when both are saved.
        db.Entry(revision).Property(r => r.InterviewId).CurrentValue = db.Entry(interview).Property(i => i.Id).CurrentValue;
    }

    public Task<string?> LatestSnapshotAsync(int interviewId, CancellationToken cancellationToken = default) =>
        db.InterviewRevisions.AsNoTracking().Where(r => r.InterviewId == interviewId).OrderByDescending(r => r.Number).Select(r => r.Snapshot).FirstOrDefaultAsync(cancellationToken);
}
