using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Web.Features.Shared;

/// <summary>An item's publication as the back office names it, in its lists and on its edit page.</summary>
public sealed record PublicationStatus(PublicationState State, DateTimeOffset? PublishAt, string TimeZoneId)
{
    public static PublicationStatus Of(bool isPublished, DateTimeOffset? publishAt, string timeZoneId) =>
        new(Scheduling.StateOf(isPublished, publishAt), publishAt, timeZoneId);

    /// <summary>"Tue 5 May 2026, 09:00 (Europe/Brussels)" while scheduled, else null.</summary>
    public string? ScheduledFor => State == PublicationState.Scheduled && PublishAt is { } at ? VisitorTime.Format(at, TimeZoneId) : null;

    public string BadgeClass => State switch
    {
        PublicationState.Published => "status-published",
        PublicationState.Scheduled => "text-bg-primary",
        _ => "status-draft",
    };
}

/// <summary>
/// The publication box of a consultation's or an event's edit page: its state and the forms that change it (publish
/// now, schedule, back to draft). <paramref name="EditorPath"/> is the item's back-office address, which the forms post
/// to (<c>/publish</c>, <c>/schedule</c>, <c>/unpublish</c>); <paramref name="PreviewPath"/> is null when the item has
/// no preview for editors. <paramref name="Schedule"/> is the time the form shows: the one typed, else the scheduled one.
/// </summary>
public sealed record PublicationPanel(
    string Noun, string EditorPath, string PublicPath, string? PreviewPath, string WhereSeen, PublicationStatus Status, DateTime? Schedule)
{
    public PublicationState State => Status.State;

    /// <summary>The form's time: what the editor typed (kept when refused), else the scheduled time in the item's zone.</summary>
    public static DateTime? ScheduleShown(ScheduleInput? typed, PublicationStatus status) =>
        typed?.PublishOn ?? (status.State == PublicationState.Scheduled && status.PublishAt is { } at ? ZonedTime.ToLocal(at, status.TimeZoneId) : null);
}
