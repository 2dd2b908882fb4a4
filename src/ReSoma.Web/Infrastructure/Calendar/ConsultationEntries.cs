using System.Linq.Expressions;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Markdown;

namespace ReSoma.Web.Infrastructure.Calendar;

/// <summary>
/// Consultations as calendar entries, for the one-consultation file and every feed that holds consultations. The
/// online link is never read: calendar files are public, and the link is for people with a seat.
/// </summary>
public static class ConsultationEntries
{
    /// <summary>
    /// The consultations public calendars show: published ones, cancelled ones included (marked cancelled, so
    /// subscribed calendars drop them). Drafts and scheduled ones are seen by editors only.
    /// </summary>
    public static readonly Expression<Func<Consultation, bool>> Shown = c => c.IsPublished;

    /// <summary>Made from the slug, which never changes: a re-imported file or a refreshed feed updates its entry.</summary>
    public static string UidOf(string slug) => $"consultation-{slug}@resoma";

    public static IQueryable<Row> Rows(IQueryable<Consultation> consultations) => consultations
        .Where(Shown)
        .Select(c => new Row(c.Title, c.Slug, c.Format, c.Topic!.Title, c.Description, c.StartsAt, c.EndsAt, c.Place, c.IsCancelled, c.CancellationReason, c.UpdatedAt));

    public static CalendarEntry EntryOf(Row c, string siteRoot, MarkdownRenderer markdown)
    {
        var text = string.Join("\n\n", new[]
            {
                c.IsCancelled ? "Cancelled. " + c.CancellationReason : null,
                $"{c.Format.DisplayName()} on the topic “{c.TopicTitle}”",
                markdown.ToPlainText(c.Description),
            }
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => p!.Trim()));
        return new CalendarEntry(UidOf(c.Slug), c.Title, text, c.StartsAt, c.EndsAt, c.Place ?? "Online", $"{siteRoot}/consultations/{c.Slug}", c.UpdatedAt, c.IsCancelled);
    }

    public sealed record Row(
        string Title, string Slug, ConsultationFormat Format, string TopicTitle, string Description, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
        string? Place, bool IsCancelled, string? CancellationReason, DateTimeOffset UpdatedAt);
}
