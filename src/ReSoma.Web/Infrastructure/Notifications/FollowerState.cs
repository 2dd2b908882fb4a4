using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>
/// What the signed-in person follows and how many of their notifications are unread, read once per request in one
/// query: the header shows the count, and every Follow button on the page its state. Anonymous visitors cost nothing
/// (their pages come from the output cache, so they must not depend on a person). The same query reads the person's
/// time zone from their notification settings, for <see cref="ReSoma.Web.Features.Shared.VisitorTime"/>.
/// </summary>
public sealed class FollowerState(IHttpContextAccessor http, ReSomaDbContext db)
{
    private Snapshot? _snapshot;

    /// <param name="TimeZoneId">The zone the person chose in their notification settings; null when they have none.</param>
    public sealed record Snapshot(int Unread, IReadOnlySet<(FollowKind Kind, string Key)> Follows, string? TimeZoneId = null)
    {
        public static Snapshot Nobody { get; } = new(0, new HashSet<(FollowKind, string)>());

        public bool IsFollowing(FollowTarget target) => Follows.Contains((target.Kind, target.Key));
    }

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_snapshot is not null)
        {
            return _snapshot;
        }

        if (http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return _snapshot = Snapshot.Nobody;
        }

        var aboutPublic = NewsVisibility.AboutPublic(db);
        var found = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                // Only news the notifications page lists: about what is still public.
                Unread = db.Notifications.Where(n => n.UserId == u.Id && n.ReadAt == null).Where(aboutPublic).Count(),
                // Correlated with the user row, so the follows come in the same query by a join.
                Follows = db.Follows.Where(f => f.UserId == u.Id).Select(f => new { f.Kind, f.Key }).ToList(),
                TimeZoneId = db.NotificationSettings.Where(s => s.UserId == u.Id).Select(s => s.TimeZoneId).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return _snapshot = found is null
            ? Snapshot.Nobody
            : new Snapshot(found.Unread, found.Follows.Select(f => (f.Kind, f.Key)).ToHashSet(), found.TimeZoneId);
    }
}
