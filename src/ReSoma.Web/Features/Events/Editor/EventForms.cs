using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Web.Features.Events.Editor;

/// <summary>Between a stored event and its form: the form's wall-clock times are the stored UTC ones in the event's
/// zone, and back. Expects the event's seats, sessions and topics loaded.</summary>
public static class EventForms
{
    public static EventInput InputOf(Event e) => new()
    {
        Kind = e.Kind,
        Title = e.Title,
        Summary = e.Summary,
        Description = e.Description,
        StartsAt = ZonedTime.ToLocal(e.StartsAt, e.TimeZoneId),
        EndsAt = ZonedTime.ToLocal(e.EndsAt, e.TimeZoneId),
        TimeZoneChoice = ZonedTime.CommonZones.Contains(e.TimeZoneId) ? e.TimeZoneId : "",
        OtherTimeZone = ZonedTime.CommonZones.Contains(e.TimeZoneId) ? null : e.TimeZoneId,
        Venue = e.Venue,
        City = e.City,
        OnlineLink = e.OnlineLink,
        TopicIds = e.Topics.Select(t => t.Id).Order().ToList(),
        TakesRegistrations = e.TakesRegistrations,
        Capacity = e.Seats?.Capacity ?? 0,
        RegistrationDeadline = e.RegistrationDeadline is { } deadline ? ZonedTime.ToLocal(deadline, e.TimeZoneId) : null,
        Sessions = EventSessionLines.Format(e.Sessions, e.TimeZoneId),
        Version = e.Version,
    };

    /// <summary>Copies a valid form onto the event. Seats are not touched: they change through the allocator.</summary>
    public static void Apply(Event e, EventInput input, IReadOnlyList<Topic> topics, DateTimeOffset now)
    {
        var zone = ZonedTime.IanaIdOf(input.ZoneId)!;
        e.Kind = input.Kind!.Value;
        e.Title = input.Title.Trim();
        e.Summary = input.Summary?.Trim() ?? "";
        e.Description = input.Description ?? "";
        e.TimeZoneId = zone;
        e.StartsAt = ZonedTime.ToUtc(input.StartsAt!.Value, zone)!.Value;
        e.EndsAt = ZonedTime.ToUtc(input.EndsAt!.Value, zone)!.Value;
        e.Venue = Trimmed(input.Venue);
        e.City = Trimmed(input.City);
        e.OnlineLink = Trimmed(input.OnlineLink);
        e.RegistrationDeadline = input.TakesRegistrations && input.RegistrationDeadline is { } deadline ? ZonedTime.ToUtc(deadline, zone) : null;
        e.UpdatedAt = now;
        ApplySessions(e, EventSessionLines.Parse(input.Sessions, zone, e.StartsAt, e.EndsAt).Sessions);
        e.Topics.RemoveAll(t => topics.All(chosen => chosen.Id != t.Id));
        e.Topics.AddRange(topics.Where(chosen => e.Topics.All(t => t.Id != chosen.Id)));
    }

    public static EventSnapshot SnapshotOf(Event e) => new(
        e.Title,
        e.Kind,
        e.Summary,
        ZonedTime.Range(e.StartsAt, e.EndsAt, e.TimeZoneId),
        EventPlaces.Full(e.Venue, e.City),
        e.OnlineLink,
        e.Seats is null ? "No registration"
            : $"{e.Seats.Capacity} seats" + (e.RegistrationDeadline is { } deadline ? ", registration until " + ZonedTime.Format(deadline, e.TimeZoneId) : ", registration until the start"),
        string.Join(", ", e.Topics.Select(t => t.Title).Order(StringComparer.Ordinal)),
        EventSessionLines.Format(e.Sessions, e.TimeZoneId),
        e.Description,
        e.IsPublished,
        e.UpdatedAt,
        e.Version);

    // Sessions have no identity of their own (nothing links to one), so a changed programme replaces them all; an
    // unchanged one is left alone, so saving other fields does not rewrite the programme.
    private static void ApplySessions(Event e, IReadOnlyList<SessionLine> lines)
    {
        var current = e.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.EndsAt)
            .Select(s => new SessionLine(s.StartsAt, s.EndsAt, s.Title, string.Join("; ", s.SpeakerList), string.Join("; ", s.ThemeList)));
        if (current.SequenceEqual(lines))
        {
            return;
        }

        e.Sessions.Clear();
        e.Sessions.AddRange(lines.Select(l => new EventSession { StartsAt = l.StartsAt, EndsAt = l.EndsAt, Title = l.Title, Speakers = l.Speakers, Themes = l.Themes }));
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
