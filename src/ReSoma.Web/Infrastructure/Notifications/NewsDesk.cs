using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>
/// Turns news into notifications: one news item (unique by its source key), and one notification per person who
/// follows any of its targets, or for the one person a personal item is about. It writes with the caller's context,
/// so a publisher announces inside its publication's transaction; a second announcement of the same news finds the
/// item and does nothing, and if two race, the unique key refuses the second and it is dropped, never thrown.
/// Mail goes out later, from <see cref="DigestSender"/>, at each person's own pace.
/// </summary>
public static class NewsDesk
{
    /// <returns>How many people were notified (0 when the news was announced before).</returns>
    public static async Task<int> AnnounceAsync(ReSomaDbContext db, Announcement news, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (await db.NewsItems.AnyAsync(n => n.SourceKey == news.SourceKey, cancellationToken))
        {
            return 0;
        }

        var item = new NewsItem
        {
            Kind = news.Kind, SourceKey = news.SourceKey, Title = Cut(news.Title, FieldLengths.Title), Line = Cut(news.Line, FieldLengths.ShortText),
            Path = news.Path, IsPersonal = news.PersonalUserId is not null, CreatedAt = now,
            Targets = [.. news.Targets.Select(t => new NewsTarget { Kind = t.Kind, Key = t.Key, Label = Cut(t.Label, FieldLengths.Title) })],
        };
        var reasons = news.PersonalUserId is { } person
            ? new Dictionary<string, string> { [person] = news.PersonalReason }
            : await FollowersAsync(db, news.Targets, cancellationToken);
        var notifications = reasons.Select(r => new Notification { UserId = r.Key, NewsItem = item, Reason = Cut(r.Value, FieldLengths.Title), CreatedAt = now }).ToList();

        db.NewsItems.Add(item);
        db.Notifications.AddRange(notifications);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return notifications.Count;
        }
        catch (DbUpdateException)
        {
            db.Entry(item).State = EntityState.Detached;
            foreach (var n in notifications)
            {
                db.Entry(n).State = EntityState.Detached;
            }

            // Announced at the same moment by another request or instance: theirs stands. Anything else is a real failure.
            if (!await db.NewsItems.AsNoTracking().AnyAsync(n => n.SourceKey == news.SourceKey, cancellationToken))
            {
                throw;
            }

            return 0;
        }
    }

    /// <summary>Each follower once, with the first of the targets they follow as the reason ("you follow …").</summary>
    private static async Task<Dictionary<string, string>> FollowersAsync(ReSomaDbContext db, IReadOnlyList<FollowTarget> targets, CancellationToken cancellationToken)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var users = await db.Follows.AsNoTracking().Where(f => f.Kind == target.Kind && f.Key == target.Key).Select(f => f.UserId).ToListAsync(cancellationToken);
            foreach (var user in users)
            {
                reasons.TryAdd(user, "you follow " + target.Label);
            }
        }

        return reasons;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
