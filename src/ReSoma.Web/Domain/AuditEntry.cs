namespace ReSoma.Web.Domain;

/// <summary>
/// One line of the audit log admins read: who changed an account's standing, or made something public or took it
/// off the site. Accounts are named by id only, so the log keeps no one's name or address: a deleted account's
/// entries stay, pseudonymous.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>Who acted; null when the portal itself did (the publishing schedule).</summary>
    public string? ActorUserId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>What it is about: "account", or a content kind such as "brief" or "interview".</summary>
    public string SubjectKind { get; set; } = "";

    /// <summary>The content's title at that moment (never a person's name).</summary>
    public string SubjectTitle { get; set; } = "";

    public string? SubjectPath { get; set; }

    /// <summary>The account acted upon, for account actions.</summary>
    public string? SubjectUserId { get; set; }

    public string Details { get; set; } = "";
}

public enum AuditAction
{
    RolesChanged,
    AccountLocked,
    AccountUnlocked,
    AccountDeleted,
    EmailConfirmedByAdmin,
    Published,
    Unpublished,
    Withdrawn,
    CycleOpened,
    CyclePhaseMoved,
    CyclePlanned,
    NewsletterSent,
}
