using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ReSoma.Web.Features.Messages;

/// <summary>
/// The signed link in a message's mail that lets its recipient block the sender without signing in. Data Protection
/// signs and encrypts it with the keys every instance shares, as the notification links do
/// (<see cref="Infrastructure.Notifications.SubscriptionTokens"/>): nobody can make one that blocks for someone else.
/// </summary>
public sealed class BlockTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("ReSoma.Messages.Block.v1");

    public string For(string blockerId, string blockedId) => _protector.Protect($"{blockerId}\n{blockedId}");

    /// <returns>Who blocks whom, or null for a token that was altered, cut or never made here.</returns>
    public (string BlockerId, string BlockedId)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(token).Split('\n', 2);
            return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 ? (parts[0], parts[1]) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
