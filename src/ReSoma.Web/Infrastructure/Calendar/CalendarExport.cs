using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Markdown;

namespace ReSoma.Web.Infrastructure.Calendar;

/// <summary>
/// Everything people can attend, as iCalendar: the file of one consultation or event, and the feeds calendar apps
/// subscribe to (everything, consultations only, events only, one topic's). It lives beneath the consultations, events
/// and topics features because the feeds mix their content. An entry has the same UID in the file and in every feed,
/// so a calendar that holds both keeps one entry (see docs/decisions/0034-calendar-feeds.md).
/// </summary>
public sealed class CalendarExport(ReSomaDbContext db, MarkdownRenderer markdown)
{
    public const string ContentType = IcsCalendar.ContentType + "; charset=utf-8";

    public const string EverythingName = "ReSOMA events and consultations";
    public const string EventsName = "ReSOMA events";
    public const string ConsultationsName = "ReSOMA consultations";

    /// <summary>How often subscribed calendars should fetch a feed again.</summary>
    public static readonly TimeSpan FeedRefresh = TimeSpan.FromHours(6);

    public async Task<string?> ConsultationFileAsync(string slug, string siteRoot, CancellationToken cancellationToken = default)
    {
        var rows = await ConsultationEntries.Rows(db.Consultations.AsNoTracking().Where(c => c.Slug == slug)).ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : IcsCalendar.Write("ReSOMA: " + rows[0].Title, rows.Select(r => ConsultationEntries.EntryOf(r, siteRoot, markdown)));
    }

    public async Task<string?> EventFileAsync(string slug, string siteRoot, CancellationToken cancellationToken = default)
    {
        var rows = await EventEntries.Rows(db.Events.AsNoTracking().Where(e => e.Slug == slug)).ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : IcsCalendar.Write("ReSOMA: " + rows[0].Title, rows.Select(r => EventEntries.EntryOf(r, siteRoot, markdown)));
    }

    public async Task<string> EverythingAsync(string siteRoot, CancellationToken cancellationToken = default) =>
        Feed(EverythingName, [
            .. await ConsultationEntriesAsync(db.Consultations, siteRoot, cancellationToken),
            .. await EventEntriesAsync(db.Events, siteRoot, cancellationToken)]);

    public async Task<string> ConsultationsAsync(string siteRoot, CancellationToken cancellationToken = default) =>
        Feed(ConsultationsName, await ConsultationEntriesAsync(db.Consultations, siteRoot, cancellationToken));

    public async Task<string> EventsAsync(string siteRoot, CancellationToken cancellationToken = default) =>
        Feed(EventsName, await EventEntriesAsync(db.Events, siteRoot, cancellationToken));

    /// <summary>
    /// The feed of a topic: its consultations and the events linked to it, in every cycle it ran in, as its page
    /// shows them. <paramref name="firstEntryId"/> is the topic's first entry; later cycles' entries point at it
    /// (<see cref="Topic.FirstEntryId"/>, decision 0022).
    /// </summary>
    public async Task<string> TopicAsync(int firstEntryId, string title, string siteRoot, CancellationToken cancellationToken = default) =>
        Feed("ReSOMA: " + title, [
            .. await ConsultationEntriesAsync(db.Consultations.Where(c => c.TopicId == firstEntryId || c.Topic!.FirstEntryId == firstEntryId), siteRoot, cancellationToken),
            .. await EventEntriesAsync(db.Events.Where(e => e.Topics.Any(t => t.Id == firstEntryId || t.FirstEntryId == firstEntryId)), siteRoot, cancellationToken)]);

    private async Task<IEnumerable<CalendarEntry>> ConsultationEntriesAsync(IQueryable<Consultation> consultations, string siteRoot, CancellationToken cancellationToken) =>
        (await ConsultationEntries.Rows(consultations.AsNoTracking()).ToListAsync(cancellationToken)).Select(r => ConsultationEntries.EntryOf(r, siteRoot, markdown));

    private async Task<IEnumerable<CalendarEntry>> EventEntriesAsync(IQueryable<Event> events, string siteRoot, CancellationToken cancellationToken) =>
        (await EventEntries.Rows(events.AsNoTracking()).ToListAsync(cancellationToken)).Select(r => EventEntries.EntryOf(r, siteRoot, markdown));

    private static string Feed(string name, IEnumerable<CalendarEntry> entries) =>
        IcsCalendar.Write(name, entries.OrderBy(e => e.StartsAt).ThenBy(e => e.Uid, StringComparer.Ordinal), FeedRefresh);
}
