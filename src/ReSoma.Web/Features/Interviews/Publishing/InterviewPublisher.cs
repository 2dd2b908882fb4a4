using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Publishing;

/// <summary>
/// Publishes scheduled interviews when their time comes. Every instance of the portal runs this loop; each interview is
/// claimed by a conditional update (still Scheduled, time passed), so whichever instance's update lands first publishes
/// it, and every other one finds nothing to change. The search entry and the revision are written in the same transaction.
/// </summary>
public sealed class InterviewPublisher(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<InterviewPublisher> logger) : BackgroundService
{
    public const string RevisionAuthor = "Publishing schedule";

    /// <summary>How often each instance looks for due interviews (default 30 s): an interview goes out at most this late.</summary>
    public const string IntervalSetting = "Interviews:PublishEverySeconds";

    private readonly TimeSpan _interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(IntervalSetting, 30)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
        do
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A busy or unreachable database passes by itself (decision 0014): a warning, not an error.
                logger.Log(SqliteFaults.IsUnavailable(e) ? LogLevel.Warning : LogLevel.Error, e, "Publishing scheduled interviews failed; trying again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>The interviews this call published.</returns>
    public async Task<IReadOnlyList<int>> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.Interviews.AsNoTracking()
            .Where(i => i.Status == InterviewStatus.Scheduled && i.PublishAt <= now)
            .OrderBy(i => i.PublishAt)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);

        var published = new List<int>();
        foreach (var id in due)
        {
            if (await TryPublishAsync(db, id, now, cancellationToken))
            {
                published.Add(id);
                logger.LogInformation("Published scheduled interview {InterviewId}", id);
            }
        }

        return published;
    }

    private static async Task<bool> TryPublishAsync(ReSomaDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // The claim: only the first update to find the interview still scheduled changes a row.
            var claimed = await db.Interviews
                .Where(i => i.Id == id && i.Status == InterviewStatus.Scheduled && i.PublishAt <= now)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(i => i.Status, InterviewStatus.Published)
                        .SetProperty(i => i.PublishedAt, now)
                        .SetProperty(i => i.UpdatedAt, now)
                        .SetProperty(i => i.Version, i => i.Version + 1),
                    cancellationToken);
            if (claimed == 0)
            {
                return false;
            }

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

            // The claim bypassed the change tracker, so the publication is logged here, in the same transaction.
            db.AuditEntries.Add(new AuditEntry
            {
                At = now, Action = AuditAction.Published, SubjectKind = Interview.SearchKind, SubjectTitle = interview.Title, SubjectPath = interview.PublicPath,
                Details = "by the publishing schedule",
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }
}
