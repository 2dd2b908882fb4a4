using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Events;

/// <summary>The <c>?kind=</c> filter of the list and the calendar: an unknown value is ignored, and said so.</summary>
public static class EventKindFilter
{
    public static EventKind? Parse(string? kind, ICollection<string> notices, IStringLocalizer? localizer = null)
    {
        localizer ??= EnglishText.Instance;
        var selected = EventKindNames.FromSlug(kind);
        if (!string.IsNullOrWhiteSpace(kind) && selected is null)
        {
            notices.Add(localizer["The kind \"{0}\" is not known, so that filter was ignored.", kind!]);
        }

        return selected;
    }
}
