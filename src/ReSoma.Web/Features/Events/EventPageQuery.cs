using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Events;

/// <summary>A published event's page as one visitor sees it; unpublished and unknown events are not found.</summary>
public sealed class EventPageQuery(ReSomaDbContext db, RegistrationPanels panels, TimeProvider clock)
{
    public async Task<EventPage?> RunAsync(string slug, string? userId, IReadOnlyCollection<string> roles, RegistrationInput? input = null, CancellationToken cancellationToken = default)
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

        var panel = e.TakesRegistrations ? await panels.ForAsync(e.ToRegistrable(), userId, roles, input, cancellationToken) : null;
        var linkVisible = panel is null || panel.Mine?.Status == SeatStatus.Confirmed;

        return new EventPage(
            e.Id, e.Title, e.Slug, e.Kind, e.Summary, e.Description, e.StartsAt, e.EndsAt, e.TimeZoneId, e.Venue, e.City,
            linkVisible ? e.OnlineLink : null, !linkVisible && e.OnlineLink is not null,
            ProgrammeOf(e.Sessions, e.TimeZoneId),
            e.Topics.OrderBy(t => t.Title, StringComparer.Ordinal).Select(t => new EventTopicLink(t.Title, t.Slug, t.Area)).ToList(),
            panel, clock.GetUtcNow());
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
