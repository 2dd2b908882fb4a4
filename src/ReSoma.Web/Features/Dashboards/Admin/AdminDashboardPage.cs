using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Dashboards.Admin;

/// <summary>The current cycle and what comes next: the next phase (with its planned start, if planned) and whether the
/// following year's cycle can still be opened.</summary>
public sealed record CurrentCycle(int Year, CyclePhase Phase, DateTimeOffset OpenedAt, DateOnly? NextPhasePlannedOn, bool NextYearExists)
{
    public CyclePhase? NextPhase => Phase == CyclePhase.Publication ? null : Phase + 1;

    public int NextYear => Year + 1;
}

/// <summary>What the cycle forms post: the next phase's start (today by default) and the following cycle's planned
/// dates, which the opening wizard's first step would propose.</summary>
public sealed record CycleForms(DateOnly Today, PhasePlan NextCyclePlan);

public sealed record AccountRow(string Id, string Email, string DisplayName, DateTimeOffset RegisteredAt, DateTimeOffset? LockedUntil, bool LockedByAdministrator)
{
    public string AdminPath => "/admin/users/" + Uri.EscapeDataString(Id);
}

public sealed record Accounts(int UnconfirmedCount, IReadOnlyList<AccountRow> Unconfirmed, int LockedCount, IReadOnlyList<AccountRow> Locked);

/// <summary>A change of someone's roles, from the audit log; names are looked up now (a deleted account shows as such).</summary>
public sealed record RoleChange(DateTimeOffset At, string? Actor, string? Subject, string? SubjectId, string Details);

/// <summary>The mail queue: messages not sent yet, those that failed at least once and wait to be tried again, and those
/// given up (kept for a while after, so they are counted here until they are cleared).</summary>
public sealed record MailHealth(int Pending, int Retrying, int GivenUp, DateTimeOffset? OldestPendingSince);

/// <summary>The publishing schedule's last pass, if one was ever recorded, and whether it is later than it should be.</summary>
public sealed record PublisherHealth(DateTimeOffset? LastPassAt, string? Instance, IReadOnlyList<string> FailedKinds, TimeSpan Interval, bool IsLate);

public sealed record AdminDashboardPage(
    DateTimeOffset Now, CurrentCycle? Cycle, CycleForms Forms, Accounts Accounts, IReadOnlyList<RoleChange> RoleChanges, MailHealth Mail, PublisherHealth Publisher);
