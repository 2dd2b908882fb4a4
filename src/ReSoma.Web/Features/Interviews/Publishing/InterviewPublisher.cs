using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Publishing;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Interviews.Publishing;

/// <summary>
/// Publishes scheduled interviews when their time comes, on the shared publishing schedule (<see cref="Publisher"/>):
/// the claim moves the interview from Scheduled to Published, and the same transaction makes its search entry public
/// and writes the "Published as scheduled" revision.
/// </summary>
public sealed class InterviewPublisher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<InterviewPublisher> logger) : Publisher(scopes, clock, logger)
{
    public const string RevisionAuthor = "Publishing schedule";

    public override string Kind => Interview.SearchKind;

    protected override Task<List<int>> DueAsync(ReSomaDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Interviews.AsNoTracking()
            .Where(i => i.Status == InterviewStatus.Scheduled && i.PublishAt <= now)
            .OrderBy(i => i.PublishAt)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);

    protected override async Task<bool> ClaimAsync(ReSomaDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Interviews
            .Where(i => i.Id == id && i.Status == InterviewStatus.Scheduled && i.PublishAt <= now)
            .ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Status, InterviewStatus.Published)
                    .SetProperty(i => i.PublishedAt, now)
                    .SetProperty(i => i.UpdatedAt, now)
                    .SetProperty(i => i.Version, i => i.Version + 1),
                cancellationToken) > 0;

    protected override async Task CompleteAsync(ReSomaDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.SearchDocuments.Where(d => d.InterviewId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.IsPublic, true).SetProperty(d => d.PublishedAt, now), cancellationToken);

        var interview = await db.Interviews.AsNoTracking()
            .Include(i => i.Topics).Include(i => i.Briefs).Include(i => i.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery()
            .SingleAsync(i => i.Id == id, cancellationToken);
        var lastRevision = await db.InterviewRevisions.Where(r => r.InterviewId == id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        db.InterviewRevisions.Add(new InterviewRevision
        {
            InterviewId = id,
            Number = lastRevision + 1,
            EditorName = RevisionAuthor,
            CreatedAt = now,
            Action = "Published as scheduled",
            Snapshot = InterviewSnapshot.Of(interview),
        });

        // The search entry was made public by a bulk update, which the audit interceptor does not see: logged here.
        db.AuditEntries.Add(new AuditEntry
        {
            At = now, Action = AuditAction.Published, SubjectKind = Interview.SearchKind, SubjectTitle = interview.Title, SubjectPath = interview.PublicPath,
            Details = "by the publishing schedule",
        });
        await ContentNews.InterviewPublishedAsync(db, id, now, cancellationToken);
    }
}
