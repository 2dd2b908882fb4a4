using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>The viewer's own registration: its id (for their registration page), seat or waitlist place.</summary>
public sealed record MyRegistration(int Id, SeatStatus Status, int? Position);

/// <summary>The "take part" box of a consultation's or an event's page, as one visitor sees it: the seats, the
/// deadline, their own registration, or the form with the organisers' questions. <see cref="Input"/> keeps what was
/// typed when a form comes back with an error.</summary>
public sealed record RegistrationPanel(
    Registrable Item, SeatSummary Seats, IReadOnlyList<RegistrationQuestion> Questions, bool SignedIn, bool RoleAllowed,
    MyRegistration? Mine, DateTimeOffset Now, RegistrationInput Input)
{
    public bool IsOpen => Item.IsOpenAt(Now);

    public bool IsOver => Item.IsOver(Now);

    public bool CanCancel => Mine is not null && Item.AllowsCancelling(Now) && !Item.IsCancelled;
}

public sealed class RegistrationPanels(ReSomaDbContext db, SeatAllocator seats, PublicDataCache cache, TimeProvider clock)
{
    private static readonly string[] Tags = [CacheTags.Consultations, CacheTags.Events];

    /// <summary>What every visitor shares: the seats and the questions, read in one query and kept with the public
    /// data, so a signed-in visitor's page costs only their own registration.</summary>
    private sealed record PoolFacts(SeatSummary Seats, IReadOnlyList<RegistrationQuestion> Questions);

    public async Task<RegistrationPanel> ForAsync(Registrable item, string? userId, IEnumerable<string> roles, RegistrationInput? input = null, CancellationToken cancellationToken = default)
    {
        var registration = userId is null ? null : await db.SeatRegistrations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.SeatPoolId == item.SeatPoolId && r.UserId == userId && r.Status != SeatStatus.Cancelled, cancellationToken);
        var mine = registration is null ? null : new MyRegistration(registration.Id, registration.Status, await seats.PositionAsync(registration, cancellationToken));
        var pool = item.SeatPoolId;
        var facts = await cache.GetAsync($"seat-pool:{pool}", Tags, ct => db.SeatPools.AsNoTracking().Where(p => p.Id == pool)
            .Select(p => new PoolFacts(
                new SeatSummary(
                    p.Capacity,
                    db.SeatRegistrations.Count(r => r.SeatPoolId == p.Id && r.Status == SeatStatus.Confirmed),
                    db.SeatRegistrations.Count(r => r.SeatPoolId == p.Id && r.Status == SeatStatus.Waitlisted)),
                p.Questions.OrderBy(q => q.Position).ToList()))
            .SingleAsync(ct), cancellationToken);
        return new RegistrationPanel(item, facts.Seats, facts.Questions, userId is not null, item.Allows(roles), mine, clock.GetUtcNow(), input ?? new RegistrationInput());
    }
}
