using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>
/// Mails people their news at their own pace: at once, or in a daily or weekly digest at their hour in their zone
/// (<see cref="DigestPeriods"/>). Every instance runs it; a digest is claimed by inserting its
/// <see cref="DigestClaim"/> (unique per person and period) in the same transaction that queues the mail and marks
/// the news as mailed, so a digest goes out once or not at all, and a crash between the steps leaves nothing half
/// done. Nothing new, no mail. Sending itself, with its retries, is the mail queue's.
/// </summary>
public sealed class DigestSender(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<DigestSender> logger) : BackgroundService
{
    /// <summary>How often each instance looks for digests due (default 60 s): a digest goes out at most this late.</summary>
    public const string IntervalSetting = "Notifications:EverySeconds";

    private readonly TimeSpan _interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(IntervalSetting, 60)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.Log(SqliteFaults.IsUnavailable(e) ? LogLevel.Warning : LogLevel.Error, e, "Sending notification mails failed; trying again at the next tick");
            }
        }
    }

    /// <returns>How many mails this call queued.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var now = clock.GetUtcNow();
        var people = await db.Notifications.AsNoTracking()
            .Where(n => n.MailedAt == null && !db.NotificationSettings.Any(s => s.UserId == n.UserId && s.Frequency == DigestFrequency.Never))
            .Select(n => n.UserId).Distinct().ToListAsync(cancellationToken);
        var settings = await db.NotificationSettings.AsNoTracking().Where(s => people.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, cancellationToken);

        var queued = 0;
        foreach (var person in people)
        {
            var mine = settings.GetValueOrDefault(person) ?? NotificationDefaults.For(person);
            var period = DigestPeriods.Current(mine, now);
            if (period is not null && await db.DigestClaims.AnyAsync(c => c.UserId == person && c.Period == period.Key, cancellationToken))
            {
                continue;
            }

            db.ChangeTracker.Clear();
            if (await SendAsync(scope.ServiceProvider, db, person, mine, period, now, cancellationToken))
            {
                queued++;
            }
        }

        return queued;
    }

    private static async Task<bool> SendAsync(IServiceProvider services, ReSomaDbContext db, string person, NotificationSettings settings, DigestPeriod? period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A digest carries what was new before it fell due; later news waits for the next one.
        var cutoff = period?.DueAt ?? now;
        var news = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == person && n.MailedAt == null && n.CreatedAt <= cutoff)
            .StillPublic(db)
            .OrderByDescending(n => n.CreatedAt)
            .Select(n => new { n.Id, n.NewsItem!.Kind, n.NewsItem.Title, n.NewsItem.Line, n.NewsItem.Path, n.Reason, n.CreatedAt })
            .ToListAsync(cancellationToken);
        var account = await db.Users.AsNoTracking().Where(u => u.Id == person).Select(u => new { u.Email, u.DisplayName, u.EmailConfirmed }).FirstOrDefaultAsync(cancellationToken);
        if (news.Count == 0 || account?.Email is null || !account.EmailConfirmed)
        {
            return false;
        }

        var key = period?.Key ?? "now:" + news.Max(n => n.Id).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var site = services.GetRequiredService<SiteAddress>();
        var links = services.GetRequiredService<SubscriptionLinks>().For(person, SubscriptionKind.Notifications);
        var entries = news.Select(n => new DigestEntry(n.Kind, n.Title, n.Line, site.For(n.Path), n.Reason, n.CreatedAt)).ToList();
        var (subject, text, html) = DigestMail.Compose(account.DisplayName.Length > 0 ? account.DisplayName : account.Email, entries, settings, key,
            links.Settings, links.Unsubscribe);

        var mail = services.GetRequiredService<MailQueue>();
        var ids = news.Select(n => n.Id).ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.DigestClaims.Add(new DigestClaim { UserId = person, Period = key, ClaimedAt = now, Items = ids.Count });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance claimed this digest first: it sends it.
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }

            await db.Notifications.Where(n => ids.Contains(n.Id) && n.MailedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailedAt, now), cancellationToken);
            if (!await mail.QueueSubscribedAsync(account.Email, account.DisplayName, subject, text, html, links.Unsubscribe, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }
}
