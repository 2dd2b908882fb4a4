using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>
/// An editor's change to the seats of a consultation or an event, in the three steps a save needs: checked before
/// anything is saved (so a refused change leaves everything as it was), applied to the item being saved (a pool added,
/// or an unused one taken away), and the new capacity set through the allocator once the item is saved. The allocator
/// checks the capacity again under its lock, which keeps a registration arriving in between from being overbooked.
/// </summary>
public sealed class SeatPoolChanges(ReSomaDbContext db, SeatAllocator seats, Registrables registrables, Registrar registrar, IStringLocalizer<SeatPoolChanges> localizer)
{
    /// <summary>What the editor asked for, and how the pool stood before.</summary>
    public sealed record Plan(int? PoolId, SeatSummary? Before, bool WantsSeats, int Capacity);

    /// <param name="whySeatless">The words for "this item is to have no seats" ("Registration cannot be switched
    /// off", "Online survey has no seats"), in the interface's language; the count of people holding a place is added after them.</param>
    /// <returns>The plan, and why it cannot be done (null when it can).</returns>
    public async Task<(Plan Plan, string? Refusal)> CheckAsync(int? poolId, bool wantsSeats, int capacity, string whySeatless, CancellationToken cancellationToken = default)
    {
        var before = poolId is { } pool ? await seats.SummaryAsync(pool, cancellationToken) : null;
        var plan = new Plan(poolId, before, wantsSeats, capacity);
        var holding = before is null ? 0 : before.Confirmed + before.Waitlisted;
        if (before is not null && !wantsSeats && holding > 0)
        {
            return (plan, holding == 1
                ? localizer["{0} while {1} person holds a seat or a place on the waitlist.", whySeatless, holding]
                : localizer["{0} while {1} people hold a seat or a place on the waitlist.", whySeatless, holding]);
        }

        return (plan, before is not null && wantsSeats && capacity < before.Confirmed ? TooFewSeats(before.Confirmed) : null);
    }

    /// <summary>The pool the item is to have after the save: a new one when seats are switched on, none when they are
    /// switched off (nobody holds a place, checked before), else the one it has (its capacity changes after the save).</summary>
    public async Task<SeatPool?> ApplyAsync(Plan plan, SeatPool? current, CancellationToken cancellationToken = default)
    {
        if (plan.WantsSeats)
        {
            return current ?? new SeatPool { Capacity = plan.Capacity };
        }

        if (current is { } unused)
        {
            // Cancelled registrations and the questions go with the pool; their answers point at both, so they go first.
            await db.RegistrationAnswers.Where(a => db.SeatRegistrations.Any(r => r.Id == a.SeatRegistrationId && r.SeatPoolId == unused.Id)).ExecuteDeleteAsync(cancellationToken);
            db.SeatPools.Remove(unused);
        }

        return null;
    }

    /// <summary>Sets the new capacity of a pool that existed before, promoting from the waitlist in order and telling
    /// those promoted; null when the capacity did not change.</summary>
    public async Task<CapacityResult?> SetCapacityAsync(Plan plan, CancellationToken cancellationToken = default)
    {
        if (plan is not { PoolId: { } pool, Before: { } before, WantsSeats: true } || plan.Capacity == before.Capacity)
        {
            return null;
        }

        var item = await registrables.ByPoolAsync(pool, cancellationToken);
        var changed = item is null ? null : await registrar.SetCapacityAsync(item, plan.Capacity, cancellationToken);
        // The allocator refuses under its lock, in English words that name only the seats already given.
        return changed is { Error: not null } && await seats.SummaryAsync(pool, cancellationToken) is { } now
            ? changed with { Error = TooFewSeats(now.Confirmed) }
            : changed;
    }

    private string TooFewSeats(int confirmed) => confirmed == 1
        ? localizer["1 person already has a seat, so there must be at least 1 seat."]
        : localizer["{0} people already have a seat, so there must be at least {0} seats.", confirmed];
}
