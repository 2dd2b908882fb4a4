using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.FollowFeeds;

/// <summary>A new secret for a person's private feed: the old address answers 404 from now on.</summary>
public sealed class PrivateFeedReset(ReSomaDbContext db)
{
    public async Task RunAsync(string userId, CancellationToken cancellationToken)
    {
        var settings = await NotificationDefaults.GetOrCreateAsync(db, userId, cancellationToken);
        settings.FeedToken = NotificationDefaults.NewFeedToken();

        // The settings form's version stays: the secret is not on the form, so a form open in another tab still saves.
        await db.SaveChangesAsync(cancellationToken);
    }
}
