namespace ReSoma.Web.Domain;

/// <summary>One person's place in a seat pool: a seat, a place on the waitlist, or a cancelled registration.</summary>
public class SeatRegistration
{
    public int Id { get; set; }
    public int SeatPoolId { get; set; }
    public required string UserId { get; set; }
    public ApplicationUser? User { get; set; }
    public SeatStatus Status { get; set; }

    /// <summary>Arrival order within the pool: the waitlist is served in this order.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset? ReminderSentAt { get; set; }
}
