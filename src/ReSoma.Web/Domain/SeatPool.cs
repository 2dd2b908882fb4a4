namespace ReSoma.Web.Domain;

/// <summary>
/// Seats of something people register for (a consultation, later an event). <see cref="Arrivals"/> numbers every
/// registration in the order the database received it; the seat allocator updates it first in each registration's
/// transaction, which locks the pool and so serialises registrations for the same seats on every provider.
/// </summary>
public class SeatPool
{
    public int Id { get; set; }
    public int Capacity { get; set; }
    public long Arrivals { get; set; }
}
