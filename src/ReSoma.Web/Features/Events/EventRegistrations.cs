using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Seats;

namespace ReSoma.Web.Features.Events;

/// <summary>The rules around a seat at an event (published, taking registrations, before the deadline and the start);
/// the seats and the waitlist themselves are the shared allocator's.</summary>
public sealed class EventRegistrations(ReSomaDbContext db, SeatAllocator seats, EventMails mails, TimeProvider clock)
{
    public sealed record Outcome(bool Found, string? Refusal, RegisterResult? Result);

    public async Task<Outcome> RegisterAsync(string slug, string userId, CancellationToken cancellationToken = default)
    {
        var e = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug && x.IsPublished, cancellationToken);
        if (e is null)
        {
            return new Outcome(false, null, null);
        }

        var refusal =
            e.SeatPoolId is null ? "This event takes no registrations: everyone is welcome without one."
            : !e.IsRegistrationOpen(clock.GetUtcNow()) ? $"Registration closed on {ZonedTime.Format(ClosesAt(e), e.TimeZoneId)}."
            : null;
        if (refusal is not null)
        {
            return new Outcome(true, refusal, null);
        }

        var result = await seats.RegisterAsync(e.SeatPoolId!.Value, userId, cancellationToken);
        if (result.Outcome == RegisterOutcome.AlreadyRegistered)
        {
            return new Outcome(true, result.Status == SeatStatus.Confirmed
                ? "You are already registered: your seat is confirmed."
                : $"You are already on the waitlist, in position {result.WaitlistPosition}.", result);
        }

        await mails.SendAsync(result.Outcome == RegisterOutcome.Confirmed ? EventMails.Kind.Confirmed : EventMails.Kind.Waitlisted,
            e.Id, userId, result.WaitlistPosition, cancellationToken);
        return new Outcome(true, null, result);
    }

    /// <returns>Why not, or null when cancelled. Whoever gets the freed seat is told by mail.</returns>
    public async Task<(bool Found, string? Refusal)> CancelAsync(string slug, string userId, CancellationToken cancellationToken = default)
    {
        var e = await db.Events.AsNoTracking().Where(x => x.Slug == slug && x.IsPublished)
            .Select(x => new { x.Id, x.SeatPoolId, x.EndsAt }).FirstOrDefaultAsync(cancellationToken);
        if (e is null)
        {
            return (false, null);
        }

        if (e.SeatPoolId is null)
        {
            return (true, "This event takes no registrations, so there is nothing to cancel.");
        }

        // After the event the list of who came is a record, not something to change.
        if (e.EndsAt <= clock.GetUtcNow())
        {
            return (true, "The event is over, so registrations can no longer be cancelled.");
        }

        var result = await seats.CancelAsync(e.SeatPoolId.Value, userId, cancellationToken);
        if (!result.WasRegistered)
        {
            return (true, "You have no registration to cancel.");
        }

        await mails.SendAsync(EventMails.Kind.Cancelled, e.Id, userId, cancellationToken: cancellationToken);
        foreach (var promotion in result.Promoted)
        {
            await mails.SendAsync(EventMails.Kind.Promoted, e.Id, promotion.UserId, cancellationToken: cancellationToken);
        }

        return (true, null);
    }

    private static DateTimeOffset ClosesAt(Event e) => e.RegistrationDeadline is { } deadline && deadline < e.StartsAt ? deadline : e.StartsAt;
}
