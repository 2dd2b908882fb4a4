using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Seats;

namespace ReSoma.Web.Features.Events;

/// <summary>A published event's page as one visitor sees it; unpublished and unknown events are not found.</summary>
public sealed class EventPageQuery(ReSomaDbContext db, SeatAllocator seats, TimeProvider clock)
{
    public async Task<EventPage?> RunAsync(string slug, string? userId, bool isStakeholder, CancellationToken cancellationToken = default)
    {
        var e = await db.Events.AsNoTracking()
            .Include(x => x.Sessions)
            .Include(x => x.Topics)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Slug == slug && x.IsPublished, cancellationToken);
        if (e is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var registration = userId is null || e.SeatPoolId is null ? null : await db.SeatRegistrations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.SeatPoolId == e.SeatPoolId && r.UserId == userId && r.Status != SeatStatus.Cancelled, cancellationToken);
        var viewer = new EventViewer(userId is not null, isStakeholder, registration?.Status,
            registration is null ? null : await seats.PositionAsync(registration, cancellationToken));
        var linkVisible = !e.TakesRegistrations || viewer.Status == SeatStatus.Confirmed;

        return new EventPage(
            e.Title, e.Slug, e.Kind, e.Summary, e.Description, e.StartsAt, e.EndsAt, e.TimeZoneId, e.Venue, e.City,
            linkVisible ? e.OnlineLink : null, !linkVisible && e.OnlineLink is not null,
            ProgrammeOf(e.Sessions, e.TimeZoneId),
            e.Topics.OrderBy(t => t.Title, StringComparer.Ordinal).Select(t => new EventTopicLink(t.Title, t.Slug, t.Area)).ToList(),
            e.SeatPoolId is { } pool ? await seats.SummaryAsync(pool, cancellationToken) : null,
            e.RegistrationDeadline, e.IsRegistrationOpen(now), viewer, now);
    }

    /// <summary>Sessions by day in the event's zone, in time order.</summary>
    public static IReadOnlyList<ProgrammeDay> ProgrammeOf(IEnumerable<EventSession> sessions, string zoneId) =>
        sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.EndsAt)
            .GroupBy(s => DateOnly.FromDateTime(ZonedTime.In(s.StartsAt, zoneId).DateTime))
            .Select(day => new ProgrammeDay(day.Key, day.Select(s => new ProgrammeItem(
                Time(s.StartsAt, zoneId) + "–" + Time(s.EndsAt, zoneId), s.Title, s.SpeakerList, s.ThemeList)).ToList()))
            .ToList();

    private static string Time(DateTimeOffset utc, string zoneId) => ZonedTime.In(utc, zoneId).ToString("HH:mm", CultureInfo.InvariantCulture);
}
