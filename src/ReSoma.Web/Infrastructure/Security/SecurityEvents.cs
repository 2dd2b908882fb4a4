using System.Security.Cryptography;
using System.Text;

namespace ReSoma.Web.Infrastructure.Security;

/// <summary>
/// Security events as structured log entries, each with its own event id so a log search or an alert can select
/// them. They name accounts by id; an email address someone typed is logged only as a short hash (enough to see
/// one address being tried again and again, without keeping the address), and no password or token ever appears.
/// </summary>
public static partial class SecurityEvents
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Security: sign-in succeeded for user {UserId}")]
    public static partial void SignInSucceeded(ILogger logger, string userId);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Security: sign-in failed ({Reason}) for account {AccountHash} from {ClientAddress}")]
    public static partial void SignInFailed(ILogger logger, string reason, string accountHash, string clientAddress);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Security: user {UserId} locked out after failed sign-ins")]
    public static partial void LockedOut(ILogger logger, string userId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Security: access denied (403) to {Method} {Path} for user {UserId}")]
    public static partial void AccessDenied(ILogger logger, string method, string path, string userId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Security: rate limit {Policy} refused (429) {Method} {Path} from {ClientAddress}")]
    public static partial void RateLimited(ILogger logger, string policy, string method, string path, string clientAddress);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Security: user {ActorId} changed the roles of user {UserId}: added {Added}, removed {Removed}")]
    public static partial void RolesChanged(ILogger logger, string actorId, string userId, string added, string removed);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "Security: edit conflict (409) on {Method} {Path} for user {UserId}")]
    public static partial void EditConflict(ILogger logger, string method, string path, string userId);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Information, Message = "Security: session of user {UserId} ended (security stamp changed or account gone)")]
    public static partial void SessionEnded(ILogger logger, string userId);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Information, Message = "Security: {Action} of user {UserId} by {ActorId}")]
    public static partial void AccountAction(ILogger logger, string action, string userId, string actorId);

    /// <summary>A short, stable stand-in for an email address in the log.</summary>
    public static string AccountHash(string? email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((email ?? "").Trim().ToUpperInvariant())))[..12];
}
