using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Discussions;

/// <summary>
/// The comments a person wrote and the reports they made, in their export. When they leave, their comments stay
/// without their name (the database sets the author to null) and their reports still count; the reporter, the editor
/// who hid a comment and the editor who closed a discussion are cleared here, because the database cannot do it on
/// every provider (one cascade path on SQL Server).
/// </summary>
public sealed class DiscussionsPersonalData(ReSomaDbContext db) : IPersonalDataSource, IAccountDeletionStep
{
    public string Section => "discussions";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(Comment), typeof(CommentReport), typeof(ClosedDiscussion)];

    public async Task<object?> CollectAsync(string userId, CancellationToken cancellationToken) => new
    {
        Comments = await db.Comments.AsNoTracking().Where(c => c.AuthorId == userId).OrderBy(c => c.Id)
            .Select(c => new { Target = c.Target.ToString(), c.TargetId, c.ParentId, c.Body, c.CreatedAt, c.EditedAt, State = c.State.ToString(), c.HiddenReason })
            .ToListAsync(cancellationToken),
        Reports = await db.CommentReports.AsNoTracking().Where(r => r.ReporterId == userId).OrderBy(r => r.Id)
            .Select(r => new { r.CommentId, Reason = r.Reason.ToString(), r.Note, r.CreatedAt, Outcome = r.Outcome.ToString(), r.ResolvedAt })
            .ToListAsync(cancellationToken),
        CommentsHidden = await db.Comments.AsNoTracking().Where(c => c.HiddenById == userId).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.HiddenReason, c.HiddenAt }).ToListAsync(cancellationToken),
        DiscussionsClosed = await db.ClosedDiscussions.AsNoTracking().Where(d => d.ClosedById == userId)
            .Select(d => new { Target = d.Target.ToString(), d.TargetId, d.ClosedAt }).ToListAsync(cancellationToken),
    };

    public async Task BeforeDeleteAsync(string userId, CancellationToken cancellationToken)
    {
        await db.CommentReports.Where(r => r.ReporterId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReporterId, (string?)null), cancellationToken);
        await db.Comments.Where(c => c.HiddenById == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.HiddenById, (string?)null), cancellationToken);
    }
}
