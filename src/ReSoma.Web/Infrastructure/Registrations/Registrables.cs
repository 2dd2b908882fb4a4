using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>
/// Finds what people register for, consultations and events alike, as <see cref="Registrable"/>s. Only items with seats
/// are found: a survey, a call for written contributions or an event without registration has nothing to register for.
/// Whether the item is published is the caller's question (<see cref="Registrable.IsPublished"/>): editors see drafts.
/// </summary>
public sealed class Registrables(ReSomaDbContext db)
{
    /// <summary>The back-office address segment of each kind: <c>/editor/consultations/{slug}</c>, <c>/editor/events/{id}</c>.</summary>
    public const string ConsultationsSegment = "consultations";
    public const string EventsSegment = "events";

    public Task<Registrable?> ConsultationAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Consultations.AsNoTracking().Where(c => c.Slug == slug && c.SeatPoolId != null).Select(Consultation.AsRegistrable).FirstOrDefaultAsync(cancellationToken);

    public Task<Registrable?> EventAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Events.AsNoTracking().Where(e => e.Slug == slug && e.SeatPoolId != null).Select(Event.AsRegistrable).FirstOrDefaultAsync(cancellationToken);

    public Task<Registrable?> EventAsync(int id, CancellationToken cancellationToken = default) =>
        db.Events.AsNoTracking().Where(e => e.Id == id && e.SeatPoolId != null).Select(Event.AsRegistrable).FirstOrDefaultAsync(cancellationToken);

    /// <summary>By back-office address: <paramref name="segment"/> "consultations" with a slug, or "events" with an id.</summary>
    public Task<Registrable?> ByEditorKeyAsync(string segment, string key, CancellationToken cancellationToken = default) => segment switch
    {
        ConsultationsSegment => ConsultationAsync(key, cancellationToken),
        EventsSegment when int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) => EventAsync(id, cancellationToken),
        _ => Task.FromResult<Registrable?>(null),
    };

    /// <summary>Whether the back-office address names a consultation or event that exists but takes no registrations.</summary>
    public async Task<(bool Exists, string? EditPath)> WithoutSeatsAsync(string segment, string key, CancellationToken cancellationToken = default) => segment switch
    {
        ConsultationsSegment when await db.Consultations.AnyAsync(c => c.Slug == key && c.SeatPoolId == null, cancellationToken) =>
            (true, "/editor/consultations/" + key),
        EventsSegment when int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            && await db.Events.AnyAsync(e => e.Id == id && e.SeatPoolId == null, cancellationToken) => (true, $"/editor/events/{id}/edit"),
        _ => (false, null),
    };

    public async Task<Registrable?> ByPoolAsync(int poolId, CancellationToken cancellationToken = default) =>
        (await ByPoolsAsync([poolId], cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<Registrable>> ByPoolsAsync(IReadOnlyCollection<int> poolIds, CancellationToken cancellationToken = default)
    {
        var ids = poolIds.Distinct().Cast<int?>().ToList();
        var consultations = await db.Consultations.AsNoTracking().Where(c => ids.Contains(c.SeatPoolId)).Select(Consultation.AsRegistrable).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().Where(e => ids.Contains(e.SeatPoolId)).Select(Event.AsRegistrable).ToListAsync(cancellationToken);
        return [.. consultations, .. events];
    }

    /// <summary>Items starting between the two times (for reminders), or whose registration closed in a window (for the
    /// mail to people still waiting): both kinds, with seats, published and not cancelled.</summary>
    public async Task<IReadOnlyList<Registrable>> LiveBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var consultations = await db.Consultations.AsNoTracking()
            .Where(c => c.SeatPoolId != null && c.IsPublished && !c.IsCancelled && c.EndsAt > from && c.StartsAt <= to)
            .Select(Consultation.AsRegistrable).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.SeatPoolId != null && e.IsPublished && e.EndsAt > from && e.StartsAt <= to)
            .Select(Event.AsRegistrable).ToListAsync(cancellationToken);
        return [.. consultations, .. events];
    }

    /// <summary>An event's programme, for the hours on a certificate; a consultation has none.</summary>
    public async Task<IReadOnlyCollection<(DateTimeOffset From, DateTimeOffset To)>> SessionsOfAsync(Registrable item, CancellationToken cancellationToken = default) =>
        item.Kind != RegistrableKind.Event ? [] :
        (await db.EventSessions.AsNoTracking().Where(s => s.EventId == item.Id).Select(s => new { s.StartsAt, s.EndsAt }).ToListAsync(cancellationToken))
            .Select(s => (s.StartsAt, s.EndsAt)).ToList();
}
