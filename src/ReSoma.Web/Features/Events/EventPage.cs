using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Events;

public sealed record ProgrammeItem(string Time, string Title, IReadOnlyList<string> Speakers, IReadOnlyList<string> Themes);

/// <summary>One day of the programme, in the event's time zone.</summary>
public sealed record ProgrammeDay(DateOnly Date, IReadOnlyList<ProgrammeItem> Items);

public sealed record EventTopicLink(string Title, string Slug, Area Area);


/// <summary>
/// An event's public page. <see cref="OnlineLink"/> is already what this viewer may see: everyone's when the event
/// takes no registrations (<see cref="Registration"/> null), else only a confirmed participant's (<see cref="OnlineLinkWithheld"/> says one exists).
/// </summary>
public sealed record EventPage(
    int Id,
    string Title,
    string Slug,
    EventKind Kind,
    string Summary,
    string Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZoneId,
    string? Venue,
    string? City,
    string? OnlineLink,
    bool OnlineLinkWithheld,
    IReadOnlyList<ProgrammeDay> Programme,
    IReadOnlyList<EventTopicLink> Topics,
    RegistrationPanel? Registration,
    DateTimeOffset Now)
{
    public bool IsPast => EndsAt <= Now;
}
