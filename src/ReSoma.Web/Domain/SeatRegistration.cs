namespace ReSoma.Web.Domain;

/// <summary>One person's place in a seat pool: a seat, a place on the waitlist, or a cancelled registration, with their
/// answers to the registration questions, their access needs and, once there, their attendance.</summary>
public class SeatRegistration
{
    public int Id { get; set; }
    public int SeatPoolId { get; set; }
    public required string UserId { get; set; }
    public ApplicationUser? User { get; set; }
    public SeatStatus Status { get; set; }

    /// <summary>Arrival order within the pool: the waitlist is served in this order.</summary>
    public long Sequence { get; set; }

    /// <summary>What the person shows at the door (also as a QR code); unique across every pool, so a code of another
    /// consultation or event is never taken for one of this one.</summary>
    public string? Code { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset? AttendedAt { get; set; }

    /// <summary>Keys of <see cref="AccessNeeds"/> separated by commas.</summary>
    public string? AccessNeeds { get; set; }

    /// <summary>Anything else the organisers should prepare, in the person's words.</summary>
    public string? AccessNote { get; set; }

    /// <summary>Claimed once: the mail telling a person still waiting at the deadline that no seat came free.</summary>
    public DateTimeOffset? WaitlistClosedMailAt { get; set; }

    /// <summary>Claimed once: the certificate of attendance sent by mail.</summary>
    public DateTimeOffset? CertificateMailedAt { get; set; }

    public List<RegistrationAnswer> Answers { get; set; } = [];
}
