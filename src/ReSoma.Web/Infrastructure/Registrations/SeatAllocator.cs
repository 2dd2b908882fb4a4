using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>
/// Seats and the waitlist of a <see cref="SeatPool"/>, shared by consultations and events (through <see cref="Registrations"/>,
/// which adds the rules and the mails). Every change runs in one
/// transaction that first updates the pool's row: on SQLite the transaction holds the write lock from its first
/// statement (BEGIN IMMEDIATE), on SQL Server the updated row stays locked until commit. Registrations for the same
/// pool are therefore decided one after another by the database, never by a lock in this process, so a second
/// instance cannot overbook either. The unique indexes (pool + person, pool + arrival number) are the last guard.
/// </summary>
public sealed class SeatAllocator(ReSomaDbContext db, TimeProvider clock)
{
    public Task<SeatSummary> SummaryAsync(int poolId, CancellationToken cancellationToken = default) =>
        db.SeatPools.AsNoTracking().Where(p => p.Id == poolId)
            .Select(p => new SeatSummary(
                p.Capacity,
                db.SeatRegistrations.Count(r => r.SeatPoolId == p.Id && r.Status == SeatStatus.Confirmed),
                db.SeatRegistrations.Count(r => r.SeatPoolId == p.Id && r.Status == SeatStatus.Waitlisted)))
            .SingleAsync(cancellationToken);

    public async Task<RegisterResult> RegisterAsync(int poolId, string userId, RegistrationDetails? details = null, CancellationToken cancellationToken = default)
    {
        return await InLockedPoolAsync(poolId, true, async () =>
        {
            var pool = await db.SeatPools.AsNoTracking().SingleAsync(p => p.Id == poolId, cancellationToken);
            var registration = await db.SeatRegistrations.FirstOrDefaultAsync(r => r.SeatPoolId == poolId && r.UserId == userId, cancellationToken);
            if (registration is { Status: not SeatStatus.Cancelled })
            {
                return new RegisterResult(RegisterOutcome.AlreadyRegistered, registration.Status, await PositionAsync(registration, cancellationToken), registration.Id);
            }

            var confirmed = await ConfirmedCountAsync(poolId, cancellationToken);
            var waiting = await db.SeatRegistrations.AnyAsync(r => r.SeatPoolId == poolId && r.Status == SeatStatus.Waitlisted, cancellationToken);
            var now = clock.GetUtcNow();
            if (registration is not null)
            {
                // Coming back after cancelling starts afresh: new answers, reminders and mails as for a newcomer.
                await db.RegistrationAnswers.Where(a => a.SeatRegistrationId == registration.Id).ExecuteDeleteAsync(cancellationToken);
                await db.RegistrationReminders.Where(r => r.SeatRegistrationId == registration.Id).ExecuteDeleteAsync(cancellationToken);
            }

            registration ??= db.SeatRegistrations.Add(new SeatRegistration { SeatPoolId = poolId, UserId = userId }).Entity;
            // A seat goes to a newcomer only when nobody is already waiting for it.
            registration.Status = confirmed < pool.Capacity && !waiting ? SeatStatus.Confirmed : SeatStatus.Waitlisted;
            registration.Sequence = pool.Arrivals;
            registration.Code ??= AttendanceCodes.New();
            registration.RegisteredAt = now;
            registration.ConfirmedAt = registration.Status == SeatStatus.Confirmed ? now : null;
            registration.CancelledAt = null;
            registration.AttendedAt = null;
            registration.WaitlistClosedMailAt = null;
            registration.CertificateMailedAt = null;
            registration.AccessNeeds = details?.AccessNeeds;
            registration.AccessNote = details?.AccessNote;
            registration.Answers = (details?.Answers ?? []).Select(a => new RegistrationAnswer { RegistrationQuestionId = a.QuestionId, Value = a.Value }).ToList();
            await db.SaveChangesAsync(cancellationToken);
            return registration.Status == SeatStatus.Confirmed
                ? new RegisterResult(RegisterOutcome.Confirmed, SeatStatus.Confirmed, null, registration.Id)
                : new RegisterResult(RegisterOutcome.Waitlisted, SeatStatus.Waitlisted, await PositionAsync(registration, cancellationToken), registration.Id);
        }, cancellationToken);
    }

    /// <summary>Cancels a person's registration; a freed seat goes to the first person on the waitlist.</summary>
    public async Task<CancelResult> CancelAsync(int poolId, string userId, CancellationToken cancellationToken = default)
    {
        return await InLockedPoolAsync(poolId, false, async () =>
        {
            var registration = await db.SeatRegistrations.FirstOrDefaultAsync(
                r => r.SeatPoolId == poolId && r.UserId == userId && r.Status != SeatStatus.Cancelled, cancellationToken);
            if (registration is null)
            {
                return new CancelResult(false, []);
            }

            registration.Status = SeatStatus.Cancelled;
            registration.CancelledAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            var promoted = await FillFreeSeatsAsync(poolId, cancellationToken);
            return new CancelResult(true, promoted);
        }, cancellationToken);
    }

    /// <summary>Changes the number of seats; never below the seats already confirmed. Extra seats go to the waitlist.</summary>
    public async Task<CapacityResult> SetCapacityAsync(int poolId, int capacity, CancellationToken cancellationToken = default)
    {
        return await InLockedPoolAsync(poolId, false, async () =>
        {
            var confirmed = await ConfirmedCountAsync(poolId, cancellationToken);
            if (capacity < confirmed)
            {
                return new CapacityResult(TooFewSeats(confirmed), []);
            }

            await db.SeatPools.Where(p => p.Id == poolId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Capacity, capacity), cancellationToken);
            return new CapacityResult(null, await FillFreeSeatsAsync(poolId, cancellationToken));
        }, cancellationToken);
    }

    /// <summary>Why a capacity is refused: it would leave people who have a seat without one.</summary>
    public static string TooFewSeats(int confirmed) => confirmed == 1
        ? "1 person already has a seat, so there must be at least 1 seat."
        : $"{confirmed} people already have a seat, so there must be at least {confirmed} seats.";

    /// <summary>1 for the first person waiting; null when the registration is not on the waitlist.</summary>
    public async Task<int?> PositionAsync(SeatRegistration registration, CancellationToken cancellationToken = default) =>
        registration.Status != SeatStatus.Waitlisted
            ? null
            : await db.SeatRegistrations.CountAsync(
                r => r.SeatPoolId == registration.SeatPoolId && r.Status == SeatStatus.Waitlisted && r.Sequence <= registration.Sequence,
                cancellationToken);

    private Task<int> ConfirmedCountAsync(int poolId, CancellationToken cancellationToken) =>
        db.SeatRegistrations.CountAsync(r => r.SeatPoolId == poolId && r.Status == SeatStatus.Confirmed, cancellationToken);

    // Within the locked transaction: free seats go to the waitlist in arrival order.
    private async Task<IReadOnlyList<Promotion>> FillFreeSeatsAsync(int poolId, CancellationToken cancellationToken)
    {
        var capacity = await db.SeatPools.Where(p => p.Id == poolId).Select(p => p.Capacity).SingleAsync(cancellationToken);
        var free = capacity - await ConfirmedCountAsync(poolId, cancellationToken);
        if (free <= 0)
        {
            return [];
        }

        var next = await db.SeatRegistrations
            .Where(r => r.SeatPoolId == poolId && r.Status == SeatStatus.Waitlisted)
            .OrderBy(r => r.Sequence).Take(free).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var registration in next)
        {
            registration.Status = SeatStatus.Confirmed;
            registration.ConfirmedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return next.Select(r => new Promotion(r.UserId, r.Id)).ToList();
    }

    /// <summary>Runs <paramref name="work"/> in a transaction that begins by updating the pool row (so locking it).
    /// With <paramref name="takeTicket"/> the update also numbers the arrival.</summary>
    private async Task<T> InLockedPoolAsync<T>(int poolId, bool takeTicket, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            // The allocator works on a clean unit of work (callers save their own changes first), so a retry
            // by the execution strategy starts from what the database says, not from half-applied entities.
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await LockPoolAsync(db, poolId, takeTicket, cancellationToken) == 0)
            {
                throw new InvalidOperationException($"Seat pool {poolId} does not exist.");
            }

            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        });
    }

    /// <summary>The statement that locks the pool: an UPDATE of its row, which SQL Server holds under an exclusive row
    /// lock until the transaction ends (no lock hint needed). Tests read the SQL it makes on SQL Server.</summary>
    internal static Task<int> LockPoolAsync(ReSomaDbContext db, int poolId, bool takeTicket, CancellationToken cancellationToken) =>
        takeTicket
            ? db.SeatPools.Where(p => p.Id == poolId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Arrivals, p => p.Arrivals + 1), cancellationToken)
            : db.SeatPools.Where(p => p.Id == poolId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Capacity, p => p.Capacity), cancellationToken);
}
