using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>What a mail's unsubscribe link stops: the notification mails or the newsletter.</summary>
public enum SubscriptionKind
{
    Notifications = 1,
    Newsletter = 2,
}

/// <summary>
/// The signed tokens in mail links: the one-click unsubscribe (RFC 8058) and the settings page that opens without
/// signing in. Data Protection signs and encrypts them with the keys every instance shares, so any instance reads a
/// link another one wrote, and nobody can make one for someone else. They name a person and what they manage, nothing more.
/// </summary>
public sealed class SubscriptionTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("ReSoma.Notifications.Subscription.v1");

    public string For(string userId, SubscriptionKind kind) => _protector.Protect($"{(int)kind}:{userId}");

    /// <returns>The person and what the link manages, or null for a token that was altered, cut or never made here.</returns>
    public (string UserId, SubscriptionKind Kind)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(token).Split(':', 2);
            return parts.Length == 2 && int.TryParse(parts[0], out var kind) && Enum.IsDefined((SubscriptionKind)kind) && parts[1].Length > 0
                ? (parts[1], (SubscriptionKind)kind)
                : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
