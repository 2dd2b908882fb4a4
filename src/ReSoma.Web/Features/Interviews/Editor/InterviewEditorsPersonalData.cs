using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>An editor's revisions of interviews: in their export; when they leave, the revisions stay in each
/// interview's history without the editor's name.</summary>
public sealed class InterviewEditorsPersonalData(ReSomaDbContext db) : IPersonalDataSource, IAccountDeletionStep
{
    public string Section => "interviewRevisions";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(InterviewRevision)];

    public async Task<object?> CollectAsync(string userId, CancellationToken cancellationToken) =>
        await db.InterviewRevisions.AsNoTracking().Where(r => r.EditorId == userId)
            .Join(db.Interviews, r => r.InterviewId, i => i.Id, (r, i) => new { Interview = i.Title, r.Number, r.Action, r.CreatedAt })
            .OrderBy(r => r.CreatedAt)
            .ToListAsync(cancellationToken);

    public Task BeforeDeleteAsync(string userId, CancellationToken cancellationToken) =>
        db.InterviewRevisions.Where(r => r.EditorId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.EditorName, ApplicationUser.FormerMember).SetProperty(r => r.EditorId, (string?)null), cancellationToken);
}
