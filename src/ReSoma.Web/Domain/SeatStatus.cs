namespace ReSoma.Web.Domain;

public enum SeatStatus
{
    Confirmed = 1,
    Waitlisted = 2,
    Cancelled = 3,
}
