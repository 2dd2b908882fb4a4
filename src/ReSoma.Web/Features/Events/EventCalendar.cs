using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Markdown;

namespace ReSoma.Web.Features.Events;

/// <summary>
/// Events as iCalendar: one event's file, and the feed of all published events people subscribe to. The UID is made
/// from the slug, which never changes, so a re-imported or refreshed entry updates itself instead of doubling. The
/// files are public, so an online link reserved for participants is left out.
/// </summary>
public sealed class EventCalendar(ReSomaDbContext db, MarkdownRenderer markdown)
{
    public const string FeedName = "ReSOMA events";

    /// <summary>How often subscribed calendars should fetch the feed again.</summary>
    public static readonly TimeSpan FeedRefresh = TimeSpan.FromHours(6);

    public static string UidOf(string slug) => $"event-{slug}@resoma";

    public async Task<string?> IcsAsync(string slug, string siteRoot, CancellationToken cancellationToken = default)
    {
        var rows = await Rows(Published().Where(e => e.Slug == slug)).ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : IcsCalendar.Write("ReSOMA: " + rows[0].Title, rows.Select(r => EntryOf(r, siteRoot)));
    }

    public async Task<string> FeedAsync(string siteRoot, CancellationToken cancellationToken = default)
    {
        var rows = await Rows(Published().OrderBy(e => e.StartsAt)).ToListAsync(cancellationToken);
        return IcsCalendar.Write(FeedName, rows.Select(r => EntryOf(r, siteRoot)), FeedRefresh);
    }

    private IQueryable<Event> Published() => db.Events.AsNoTracking().Where(e => e.IsPublished);

    private static IQueryable<Row> Rows(IQueryable<Event> events) => events
        .Select(e => new Row(e.Title, e.Slug, e.Kind, e.Summary, e.Description, e.StartsAt, e.EndsAt, e.Venue, e.City,
            e.SeatPoolId == null ? e.OnlineLink : null, e.OnlineLink != null, e.UpdatedAt));

    private CalendarEntry EntryOf(Row e, string siteRoot)
    {
        var text = string.Join("\n\n", new[] { e.Kind.DisplayName(), e.Summary, markdown.ToPlainText(e.Description), e.PublicLink is null ? null : "Join online: " + e.PublicLink }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
        var place = EventPlaces.Full(e.Venue, e.City);
        var location = place is null ? "Online" : e.HasOnlineLink ? place + " and online" : place;
        return new CalendarEntry(UidOf(e.Slug), e.Title, text, e.StartsAt, e.EndsAt, location, $"{siteRoot}/events/{e.Slug}", e.UpdatedAt);
    }

    private sealed record Row(
        string Title, string Slug, EventKind Kind, string Summary, string Description, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
        string? Venue, string? City, string? PublicLink, bool HasOnlineLink, DateTimeOffset UpdatedAt);
}
