namespace ReSoma.Web.Domain;

/// <summary>How an event kind appears in URLs (<c>?kind=webinar</c>) and on screen.</summary>
public static class EventKindNames
{
    public static IReadOnlyList<EventKind> All { get; } = [EventKind.Conference, EventKind.Workshop, EventKind.Webinar, EventKind.FeedbackMeeting];

    public static string Slug(this EventKind kind) => kind switch
    {
        EventKind.FeedbackMeeting => "feedback-meeting",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string DisplayName(this EventKind kind) => kind switch
    {
        EventKind.FeedbackMeeting => "Feedback meeting",
        _ => kind.ToString(),
    };

    public static EventKind? FromSlug(string? value) =>
        All.Cast<EventKind?>().FirstOrDefault(k => string.Equals(k!.Value.Slug(), value, StringComparison.OrdinalIgnoreCase));
}
