using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Consultations;

public sealed record ConsultationCard(
    string Title, string Slug, ConsultationFormat Format, Area Area, string TopicTitle, string TopicSlug,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZoneId, DateTimeOffset RegistrationDeadline,
    int? Capacity, int Confirmed, int Waitlisted, bool IsCancelled)
{
    /// <summary>Null for a format without seats.</summary>
    public SeatSummary? Seats => Capacity is { } capacity ? new SeatSummary(capacity, Confirmed, Waitlisted) : null;
}

public sealed record ConsultationListPage(
    IReadOnlyList<ConsultationCard> Items, bool ShowingPast, Area? Area, ConsultationFormat? Format, string? Topic,
    IReadOnlyList<(string Slug, string Title)> Topics, IReadOnlyList<string> Notices, DateTimeOffset Now);

/// <summary>Open and upcoming consultations (or past ones), filtered by area, format and topic; published ones only.</summary>
public sealed class ConsultationListQuery(ReSomaDbContext db, TimeProvider clock, IStringLocalizer<ConsultationListQuery> localizer)
{
    public async Task<ConsultationListPage> RunAsync(string? area, string? format, string? topic, bool past, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var notices = new List<string>();
        var selectedArea = AreaNames.FromSlug(area);
        if (!string.IsNullOrWhiteSpace(area) && selectedArea is null)
        {
            notices.Add(localizer["The area \"{0}\" is not known, so that filter was ignored.", area]);
        }

        var selectedFormat = ConsultationFormatNames.FromSlug(format);
        if (!string.IsNullOrWhiteSpace(format) && selectedFormat is null)
        {
            notices.Add(localizer["The format \"{0}\" is not known, so that filter was ignored.", format]);
        }

        // A topic carried over is one topic: its consultations of every cycle are filtered under its first entry's address.
        var topics = await db.Consultations.AsNoTracking()
            .Where(c => c.IsPublished)
            .Select(c => new { Slug = c.Topic!.FirstEntry != null ? c.Topic.FirstEntry.Slug : c.Topic.Slug, c.Topic.Title }).Distinct().OrderBy(t => t.Title).ToListAsync(cancellationToken);
        var selectedTopic = topics.FirstOrDefault(t => string.Equals(t.Slug, topic, StringComparison.OrdinalIgnoreCase))?.Slug;
        if (!string.IsNullOrWhiteSpace(topic) && selectedTopic is null)
        {
            notices.Add(localizer["The topic \"{0}\" has no consultations, so that filter was ignored.", topic]);
        }

        var consultations = db.Consultations.AsNoTracking()
            .Where(c => c.IsPublished)
            .Where(c => past ? c.EndsAt < now : c.EndsAt >= now)
            .Where(c => selectedArea == null || c.Topic!.Area == selectedArea)
            .Where(c => selectedFormat == null || c.Format == selectedFormat)
            .Where(c => selectedTopic == null || c.Topic!.Slug == selectedTopic || (c.Topic.FirstEntry != null && c.Topic.FirstEntry.Slug == selectedTopic));
        consultations = past ? consultations.OrderByDescending(c => c.StartsAt) : consultations.OrderBy(c => c.StartsAt);
        var items = await consultations.Take(100)
            .Select(c => new ConsultationCard(
                c.Title, c.Slug, c.Format, c.Topic!.Area, c.Topic.Title, c.Topic.FirstEntry != null ? c.Topic.FirstEntry.Slug : c.Topic.Slug, c.StartsAt, c.EndsAt, c.TimeZoneId, c.RegistrationDeadline,
                c.SeatPoolId == null ? null : (int?)c.Seats!.Capacity,
                db.SeatRegistrations.Count(r => r.SeatPoolId == c.SeatPoolId && r.Status == SeatStatus.Confirmed),
                db.SeatRegistrations.Count(r => r.SeatPoolId == c.SeatPoolId && r.Status == SeatStatus.Waitlisted),
                c.IsCancelled))
            .ToListAsync(cancellationToken);
        return new ConsultationListPage(items, past, selectedArea, selectedFormat, selectedTopic, topics.Select(t => (t.Slug, t.Title)).ToList(), notices, now);
    }
}
