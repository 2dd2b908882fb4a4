using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>A person's notification settings, made with the defaults (weekly, Monday 08:00 Brussels time) the first time they are needed.</summary>
public static class NotificationDefaults
{
    public static NotificationSettings For(string userId) => new() { UserId = userId, FeedToken = NewFeedToken() };

    /// <summary>128 random bits, URL-safe: the secret part of a private feed's address.</summary>
    public static string NewFeedToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The person's settings, tracked, created on first use (a racing creation by another request is taken as theirs).</summary>
    public static async Task<NotificationSettings> GetOrCreateAsync(ReSomaDbContext db, string userId, CancellationToken cancellationToken)
    {
        if (await db.NotificationSettings.FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken) is { } found)
        {
            return found;
        }

        var settings = For(userId);
        db.NotificationSettings.Add(settings);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return settings;
        }
        catch (DbUpdateException)
        {
            db.Entry(settings).State = EntityState.Detached;
            return await db.NotificationSettings.FirstAsync(s => s.UserId == userId, cancellationToken);
        }
    }
}
