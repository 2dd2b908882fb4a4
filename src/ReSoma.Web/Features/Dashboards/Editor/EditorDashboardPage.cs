using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Dashboards.Editor;

/// <summary>Contributions of one consultation that wait for an editor's decision, and since when.</summary>
public sealed record WaitingContributions(string Consultation, string DeskPath, int Count, DateTimeOffset OldestSubmittedAt);

/// <summary>An interview of next month, as far as it got in the workflow.</summary>
public sealed record InterviewSlot(int Id, string Title, InterviewStatus Status, DateTimeOffset? PublishAt)
{
    public string EditPath => $"/editor/interviews/{Id}/edit";

    /// <summary>Scheduled or published: next month is covered.</summary>
    public bool IsReady => Status is InterviewStatus.Scheduled or InterviewStatus.Published;
}

/// <summary>Next calendar month's interview: the one scheduled or published for it, else the drafts written for it.</summary>
public sealed record NextMonthInterview(int Year, int Month, InterviewSlot? Ready, IReadOnlyList<InterviewSlot> Drafts)
{
    public string CreatePath => $"/editor/interviews/new?year={Year}&month={Month}";
}

public enum ClosingKind
{
    Consultation,
    Event,
}

/// <summary>A published consultation or event whose registration (or, without seats, the consultation itself) closes
/// within <see cref="EditorDashboardPage.ClosingWithinDays"/> days, or whose seats are all taken.</summary>
public sealed record ClosingItem(ClosingKind Kind, string Title, string EditorPath, DateTimeOffset ClosesAt, int? Capacity, int Confirmed, int Waitlisted, bool ClosesSoon)
{
    public bool IsFull => Capacity is { } capacity && Confirmed >= capacity;
}

public enum DraftKind
{
    Brief,
    Interview,
    News,
    Consultation,
    Event,
    Newsletter,
}

/// <summary>Something not public yet and not scheduled either: it waits for someone to finish it.</summary>
public sealed record DraftRow(DraftKind Kind, string Title, string EditPath, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A line of the audit log saying something went public; <see cref="By"/> is null when the schedule published it.</summary>
public sealed record PublicationRow(DateTimeOffset At, string Kind, string Title, string? Path, string? By, bool ByDeletedAccount);

public sealed record EditorDashboardPage(
    DateTimeOffset Now,
    IReadOnlyList<WaitingContributions> Waiting,
    NextMonthInterview NextInterview,
    IReadOnlyList<ClosingItem> Closing,
    IReadOnlyList<DraftRow> Drafts,
    int DraftCount,
    IReadOnlyList<PublicationRow> RecentPublications)
{
    public const int ClosingWithinDays = 14;

    public int WaitingCount => Waiting.Sum(w => w.Count);
}
