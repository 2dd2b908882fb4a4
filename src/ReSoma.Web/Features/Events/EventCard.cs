using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Events;

/// <summary>An event as the list shows it; <see cref="Seats"/> is null when it takes no registrations.</summary>
public sealed record EventCard(
    string Title, string Slug, EventKind Kind, string Summary, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZoneId,
    string? Venue, string? City, bool HasOnlineLink, SeatSummary? Seats, DateTimeOffset? RegistrationDeadline)
{
    /// <summary>"Lisbon", "Online", or "Brussels and online".</summary>
    public string Where => EventPlaces.Short(Venue, City, HasOnlineLink);

    public int Year => Infrastructure.Calendar.ZonedTime.In(StartsAt, TimeZoneId).Year;
}

public sealed record EventListPage(
    IReadOnlyList<EventCard> Upcoming, IReadOnlyList<EventCard> Past, EventKind? Kind, IReadOnlyList<string> Notices, DateTimeOffset Now);
