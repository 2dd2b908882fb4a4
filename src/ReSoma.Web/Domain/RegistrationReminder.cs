namespace ReSoma.Web.Domain;

/// <summary>A reminder sent to one registration at one lead time. The unique key (registration, lead) is the claim:
/// whichever instance inserts the row first sends the mail, so each reminder goes out exactly once.</summary>
public class RegistrationReminder
{
    public int Id { get; set; }
    public int SeatRegistrationId { get; set; }
    public int LeadHours { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
