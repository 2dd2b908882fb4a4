using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Events;

/// <summary>Which view of <c>/events</c> a request asks for: the list, or the month calendar (<c>?view=calendar</c>,
/// or any <c>?month=</c>, which only the calendar uses).</summary>
public static class EventsView
{
    public const string List = "list";
    public const string Calendar = "calendar";

    public static (bool Calendar, string? Notice) Choose(string? view, string? month, IStringLocalizer? localizer = null)
    {
        localizer ??= EnglishText.Instance;
        if (string.Equals(view, Calendar, StringComparison.OrdinalIgnoreCase))
        {
            return (true, null);
        }

        if (string.IsNullOrWhiteSpace(view))
        {
            return (month is not null, null);
        }

        return string.Equals(view, List, StringComparison.OrdinalIgnoreCase)
            ? (false, null)
            : (false, localizer["There is no \"{0}\" view, so the list is shown; the other view is the month calendar.", view!]);
    }
}

/// <summary>What the top of both views needs: which view is shown, the kind filter, the month (calendar) and notices.</summary>
public sealed record EventsHeader(bool Calendar, EventKind? Kind, string? Month, IReadOnlyList<string> Notices)
{
    /// <summary>The address of the list or the calendar, keeping the kind filter (and the month, for the calendar).</summary>
    public string Link(bool calendar, string? month = null)
    {
        var query = new List<string>();
        if (calendar)
        {
            query.Add("view=calendar");
        }

        if (calendar && month is not null)
        {
            query.Add("month=" + month);
        }

        if (Kind is { } kind)
        {
            query.Add("kind=" + kind.Slug());
        }

        return "/events" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }
}
