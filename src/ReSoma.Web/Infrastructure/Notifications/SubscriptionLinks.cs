using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>A subscribed mail's settings and one-click unsubscribe links for one person, on the configured public
/// address (never the request's Host), each carrying a signed token.</summary>
public sealed class SubscriptionLinks(SubscriptionTokens tokens, SiteAddress site)
{
    public (string Settings, string Unsubscribe) For(string userId, SubscriptionKind kind)
    {
        var token = Uri.EscapeDataString(tokens.For(userId, kind));
        return (site.For("/account/notifications?token=" + token), site.For("/account/notifications/unsubscribe/" + token));
    }
}
