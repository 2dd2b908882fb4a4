using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Events;

/// <summary>Published events: upcoming and running ones soonest first, then past ones newest first.</summary>
public sealed class EventListQuery(ReSomaDbContext db, TimeProvider clock, IStringLocalizer<EventListQuery> localizer)
{
    /// <summary>Far more than a project holds in its lifetime; a bound so a runaway table cannot make a huge page.</summary>
    private const int MaxRows = 500;

    public async Task<EventListPage> RunAsync(string? kind, IEnumerable<string> notices, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var messages = notices.ToList();
        var selected = EventKindFilter.Parse(kind, messages, localizer);
        var events = db.Events.AsNoTracking().Where(e => e.IsPublished && (selected == null || e.Kind == selected));
        var upcoming = await CardsAsync(events.Where(e => e.EndsAt > now).OrderBy(e => e.StartsAt), cancellationToken);
        var past = await CardsAsync(events.Where(e => e.EndsAt <= now).OrderByDescending(e => e.StartsAt), cancellationToken);
        return new EventListPage(upcoming, past, selected, messages, now);
    }

    private async Task<List<EventCard>> CardsAsync(IQueryable<Event> events, CancellationToken cancellationToken)
    {
        var rows = await events.Take(MaxRows)
            .Select(e => new
            {
                e.Title, e.Slug, e.Kind, e.Summary, e.StartsAt, e.EndsAt, e.TimeZoneId, e.Venue, e.City, HasLink = e.OnlineLink != null,
                e.SeatPoolId, Capacity = e.Seats == null ? 0 : e.Seats.Capacity,
                Confirmed = db.SeatRegistrations.Count(r => r.SeatPoolId == e.SeatPoolId && r.Status == SeatStatus.Confirmed),
                Waitlisted = db.SeatRegistrations.Count(r => r.SeatPoolId == e.SeatPoolId && r.Status == SeatStatus.Waitlisted),
                e.RegistrationDeadline,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(e => new EventCard(
            e.Title, e.Slug, e.Kind, e.Summary, e.StartsAt, e.EndsAt, e.TimeZoneId, e.Venue, e.City, e.HasLink,
            e.SeatPoolId is null ? null : new SeatSummary(e.Capacity, e.Confirmed, e.Waitlisted), e.RegistrationDeadline)).ToList();
    }
}
