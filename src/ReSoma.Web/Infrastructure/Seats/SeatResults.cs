using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Seats;

/// <summary>How many seats a pool has, how many are taken and how many people wait.</summary>
public sealed record SeatSummary(int Capacity, int Confirmed, int Waitlisted)
{
    public int Free => Math.Max(0, Capacity - Confirmed);
}

public enum RegisterOutcome
{
    Confirmed,
    Waitlisted,
    AlreadyRegistered,
}

/// <summary>The outcome of a registration; <see cref="WaitlistPosition"/> is 1 for the first person waiting.</summary>
public sealed record RegisterResult(RegisterOutcome Outcome, SeatStatus Status, int? WaitlistPosition);

/// <summary>People moved from the waitlist to a seat by a cancellation or more capacity: they are to be told.</summary>
public sealed record Promotion(string UserId);

public sealed record CancelResult(bool WasRegistered, IReadOnlyList<Promotion> Promoted);

public sealed record CapacityResult(string? Error, IReadOnlyList<Promotion> Promoted);
