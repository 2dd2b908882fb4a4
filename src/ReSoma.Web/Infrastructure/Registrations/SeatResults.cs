using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Registrations;

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
public sealed record RegisterResult(RegisterOutcome Outcome, SeatStatus Status, int? WaitlistPosition, int RegistrationId);

/// <summary>What a person gave with their registration: answers to the organisers' questions and their access needs.</summary>
public sealed record RegistrationDetails(IReadOnlyList<(int QuestionId, string Value)> Answers, string? AccessNeeds, string? AccessNote)
{
    public static RegistrationDetails None { get; } = new([], null, null);
}

/// <summary>People moved from the waitlist to a seat by a cancellation or more capacity: they are to be told.</summary>
public sealed record Promotion(string UserId, int RegistrationId);

public sealed record CancelResult(bool WasRegistered, IReadOnlyList<Promotion> Promoted);

public sealed record CapacityResult(string? Error, IReadOnlyList<Promotion> Promoted);
