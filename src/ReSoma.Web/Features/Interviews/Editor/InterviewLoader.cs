using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>
/// An interview with everything its snapshot, its search text and its checks read: topics, briefs, questions with
/// their options, and the search entry. Loading them all up front keeps <c>SaveChanges</c> from loading them itself.
/// </summary>
public sealed class InterviewLoader(ReSomaDbContext db)
{
    public Task<Interview?> TrackedAsync(int id, CancellationToken cancellationToken = default) =>
        Whole(db.Interviews).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public Task<Interview?> ReadOnlyAsync(int id, CancellationToken cancellationToken = default) =>
        Whole(db.Interviews.AsNoTracking()).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public Task<int> ResponsesAsync(int id, CancellationToken cancellationToken = default) =>
        db.QuestionnaireResponses.CountAsync(r => r.InterviewId == id, cancellationToken);

    /// <summary>The stored version, or null when the interview is gone.</summary>
    public Task<int?> VersionOfAsync(int id, CancellationToken cancellationToken = default) =>
        db.Interviews.AsNoTracking().Where(i => i.Id == id).Select(i => (int?)i.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Another interview holding the month (scheduled or published), if any.</summary>
    public Task<Interview?> ClaimerOfAsync(InterviewMonth month, int exceptId, CancellationToken cancellationToken = default) =>
        db.Interviews.AsNoTracking().FirstOrDefaultAsync(i => i.ClaimedMonth == month.Key && i.Id != exceptId, cancellationToken);

    private static IQueryable<Interview> Whole(IQueryable<Interview> interviews) =>
        interviews
            .Include(i => i.Topics)
            .Include(i => i.Briefs)
            .Include(i => i.Questions).ThenInclude(q => q.Options)
            .Include(i => i.Search)
            .AsSplitQuery();
}
