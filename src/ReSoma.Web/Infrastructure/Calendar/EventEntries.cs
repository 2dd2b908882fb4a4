using System.Linq.Expressions;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Markdown;

namespace ReSoma.Web.Infrastructure.Calendar;

/// <summary>
/// Events as calendar entries, for the one-event file and every feed that holds events. An online link reserved for
/// participants (the event takes registrations) is left out: calendar files are public.
/// </summary>
public static class EventEntries
{
    /// <summary>The events public calendars show: published ones; drafts are seen by editors only.</summary>
    public static readonly Expression<Func<Event, bool>> Shown = e => e.IsPublished;

    /// <summary>Made from the slug, which never changes: a re-imported file or a refreshed feed updates its entry.</summary>
    public static string UidOf(string slug) => $"event-{slug}@resoma";

    public static IQueryable<Row> Rows(IQueryable<Event> events) => events
        .Where(Shown)
        .Select(e => new Row(e.Title, e.Slug, e.Kind, e.Summary, e.Description, e.StartsAt, e.EndsAt, e.Venue, e.City,
            e.SeatPoolId == null ? e.OnlineLink : null, e.OnlineLink != null, e.UpdatedAt));

    public static CalendarEntry EntryOf(Row e, string siteRoot, MarkdownRenderer markdown)
    {
        var text = string.Join("\n\n", new[] { e.Kind.DisplayName(), e.Summary, markdown.ToPlainText(e.Description), e.PublicLink is null ? null : "Join online: " + e.PublicLink }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
        var place = EventPlaces.Full(e.Venue, e.City);
        var location = place is null ? "Online" : e.HasOnlineLink ? place + " and online" : place;
        return new CalendarEntry(UidOf(e.Slug), e.Title, text, e.StartsAt, e.EndsAt, location, $"{siteRoot}/events/{e.Slug}", e.UpdatedAt);
    }

    /// <param name="PublicLink">The online link when everyone may have it (no registration), else null.</param>
    public sealed record Row(
        string Title, string Slug, EventKind Kind, string Summary, string Description, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
        string? Venue, string? City, string? PublicLink, bool HasOnlineLink, DateTimeOffset UpdatedAt);
}
