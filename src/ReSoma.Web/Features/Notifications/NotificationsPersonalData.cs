using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Notifications;

/// <summary>
/// What a person follows, the news they were told of, their mail settings, the digests and newsletters sent to them:
/// all in their data export. When they leave, the database's cascades remove every row (none of it matters to anyone
/// else), so there is no deletion step.
/// </summary>
public sealed class NotificationsPersonalData(ReSomaDbContext db) : IPersonalDataSource
{
    public string Section => "notifications";

    public IReadOnlyCollection<Type> Covers { get; } =
        [typeof(Follow), typeof(Notification), typeof(NotificationSettings), typeof(DigestClaim), typeof(NewsletterDelivery)];

    public async Task<object?> CollectAsync(string userId, CancellationToken cancellationToken)
    {
        var settings = await db.NotificationSettings.AsNoTracking().Where(s => s.UserId == userId)
            // The private feed's secret is left out: an export may be stored or passed on, and the feed is reset anyway.
            .Select(s => new { Frequency = s.Frequency.ToString(), s.TimeZoneId, s.Hour, WeeklyOn = s.WeeklyOn.ToString(), s.Newsletter })
            .FirstOrDefaultAsync(cancellationToken);
        return new
        {
            Settings = settings,
            Follows = await db.Follows.AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.CreatedAt)
                .Select(f => new { Kind = f.Kind.ToString(), f.Key, f.CreatedAt }).ToListAsync(cancellationToken),
            Notifications = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt)
                .Select(n => new { n.NewsItem!.Title, n.NewsItem.Path, n.Reason, n.CreatedAt, n.ReadAt, n.MailedAt }).ToListAsync(cancellationToken),
            DigestsSent = await db.DigestClaims.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Period)
                .Select(c => c.Period).ToListAsync(cancellationToken),
            NewslettersSent = await db.NewsletterDeliveries.AsNoTracking().Where(d => d.UserId == userId).OrderBy(d => d.QueuedAt)
                .Select(d => new { d.IssueId, d.QueuedAt }).ToListAsync(cancellationToken),
        };
    }
}
