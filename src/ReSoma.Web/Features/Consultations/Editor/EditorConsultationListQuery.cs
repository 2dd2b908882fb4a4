using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Consultations.Editor;

public enum ConsultationState
{
    Open,
    Full,
    Closed,
    Cancelled,
}

public sealed record EditorConsultationRow(
    int Id, string Title, string Slug, string Topic, ConsultationFormat Format, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string TimeZoneId, int? Capacity, int Confirmed, int Waitlisted, int AwaitingModeration, ConsultationState State, PublicationStatus Publication);

public sealed record EditorConsultationList(IReadOnlyList<EditorConsultationRow> Upcoming, IReadOnlyList<EditorConsultationRow> Past);

/// <summary>Every consultation for the editors' list, drafts and scheduled ones included: upcoming and running ones first (soonest first), then past ones
/// (latest first), with their seats, waitlist and the contributions waiting for an editor.</summary>
public sealed class EditorConsultationListQuery(ReSomaDbContext db, TimeProvider clock)
{
    private const int MaxRows = 500;

    public async Task<EditorConsultationList> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Consultations.AsNoTracking()
            .Select(c => new
            {
                c.Id, c.Title, c.Slug, Topic = c.Topic!.Title, c.Format, c.StartsAt, c.EndsAt, c.TimeZoneId, c.RegistrationDeadline, c.IsCancelled, c.IsPublished, c.PublishAt,
                Capacity = c.SeatPoolId == null ? null : (int?)c.Seats!.Capacity,
                Confirmed = db.SeatRegistrations.Count(r => r.SeatPoolId == c.SeatPoolId && r.Status == SeatStatus.Confirmed),
                Waitlisted = db.SeatRegistrations.Count(r => r.SeatPoolId == c.SeatPoolId && r.Status == SeatStatus.Waitlisted),
                Awaiting = db.Contributions.Count(x => x.ConsultationId == c.Id && x.Status == ContributionStatus.Submitted),
            })
            .OrderByDescending(c => c.StartsAt).Take(MaxRows)
            .ToListAsync(cancellationToken);
        var all = rows.Select(c => new EditorConsultationRow(
            c.Id, c.Title, c.Slug, c.Topic, c.Format, c.StartsAt, c.EndsAt, c.TimeZoneId, c.Capacity, c.Confirmed, c.Waitlisted, c.Awaiting,
            StateOf(c.IsCancelled, c.RegistrationDeadline, c.EndsAt, c.Capacity, c.Confirmed, now), PublicationStatus.Of(c.IsPublished, c.PublishAt, c.TimeZoneId))).ToList();
        return new EditorConsultationList(
            all.Where(r => r.EndsAt >= now).OrderBy(r => r.StartsAt).ToList(),
            all.Where(r => r.EndsAt < now).ToList());
    }

    /// <summary>Cancelled wins; then closed (over, or past the registration deadline of a format with seats); then full
    /// (no seat left, so a newcomer would be waitlisted); else open.</summary>
    public static ConsultationState StateOf(bool isCancelled, DateTimeOffset deadline, DateTimeOffset endsAt, int? capacity, int confirmed, DateTimeOffset now) =>
        isCancelled ? ConsultationState.Cancelled
        : now >= endsAt || (capacity is not null && now >= deadline) ? ConsultationState.Closed
        : confirmed >= capacity ? ConsultationState.Full
        : ConsultationState.Open;
}
