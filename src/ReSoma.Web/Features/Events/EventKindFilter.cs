using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Events;

/// <summary>The <c>?kind=</c> filter of the list and the calendar: an unknown value is ignored, and said so.</summary>
public static class EventKindFilter
{
    public static EventKind? Parse(string? kind, ICollection<string> notices)
    {
        var selected = EventKindNames.FromSlug(kind);
        if (!string.IsNullOrWhiteSpace(kind) && selected is null)
        {
            notices.Add($"The kind \"{kind}\" is not known, so that filter was ignored.");
        }

        return selected;
    }
}
