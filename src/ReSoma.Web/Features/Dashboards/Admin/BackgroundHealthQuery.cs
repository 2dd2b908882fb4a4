using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Publishing;

namespace ReSoma.Web.Features.Dashboards.Admin;

/// <summary>
/// The health of work no page waits for: the mail queue, and the publishing schedule's last pass. A pass counts as
/// late after three intervals, so one slow pass (a busy database) does not raise the alarm.
/// </summary>
public sealed class BackgroundHealthQuery(ReSomaDbContext db, IConfiguration configuration)
{
    public const int LateAfterIntervals = 3;

    public async Task<MailHealth> MailAsync(CancellationToken cancellationToken = default)
    {
        var counts = await db.QueuedMails.AsNoTracking().GroupBy(_ => 1)
            .Select(g => new
            {
                Pending = g.Count(m => m.SentAt == null && m.GivenUpAt == null),
                Retrying = g.Count(m => m.SentAt == null && m.GivenUpAt == null && m.Attempts > 0),
                GivenUp = g.Count(m => m.GivenUpAt != null),
            })
            .FirstOrDefaultAsync(cancellationToken);
        var oldest = await db.QueuedMails.AsNoTracking().Where(m => m.SentAt == null && m.GivenUpAt == null)
            .OrderBy(m => m.QueuedAt).Select(m => (DateTimeOffset?)m.QueuedAt).FirstOrDefaultAsync(cancellationToken);
        return new MailHealth(counts?.Pending ?? 0, counts?.Retrying ?? 0, counts?.GivenUp ?? 0, oldest);
    }

    public async Task<PublisherHealth> PublisherAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var run = await db.PublishingRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Name == PublishingRun.Schedule, cancellationToken);
        var interval = ScheduledPublisher.IntervalFrom(configuration);
        var failed = (run?.FailedKinds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var late = run?.FinishedAt is not { } finished || now - finished > interval * LateAfterIntervals;
        return new PublisherHealth(run?.FinishedAt, run?.Instance, failed, interval, late);
    }
}
