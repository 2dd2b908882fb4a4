using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>One followable thing a piece of news belongs to, and how it is named in "you follow …".</summary>
public sealed record FollowTarget(FollowKind Kind, string Key, string Label);

/// <summary>
/// News to announce: to the followers of its <see cref="Targets"/>, or, for a personal item, to one person only.
/// <see cref="SourceKey"/> names the event itself ("brief:12"), so announcing it again tells nobody twice.
/// </summary>
public sealed record Announcement(NewsKind Kind, string SourceKey, string Title, string Line, string Path, IReadOnlyList<FollowTarget> Targets)
{
    public string? PersonalUserId { get; init; }
    public string PersonalReason { get; init; } = "";
}
