using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Seats;

namespace ReSoma.Web.Features.Events;

/// <summary>A person's event registrations: in their data export, and released when they leave.</summary>
public sealed class EventsPersonalData(ReSomaDbContext db, SeatAllocator seats, EventMails mails) : IPersonalDataSource, IAccountDeletionStep
{
    public string Section => "events";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(SeatRegistration)];

    public async Task<object?> CollectAsync(string userId, CancellationToken cancellationToken) => new
    {
        Registrations = await db.SeatRegistrations.AsNoTracking().Where(r => r.UserId == userId)
            .Join(db.Events, r => r.SeatPoolId, e => e.SeatPoolId, (r, e) => new { Event = e.Title, e.Slug, e.StartsAt, Status = r.Status.ToString(), r.RegisteredAt, r.ConfirmedAt, r.CancelledAt })
            .ToListAsync(cancellationToken),
    };

    // Cancelling through the allocator hands each freed seat to the waitlist, which a plain cascade delete would not.
    public async Task BeforeDeleteAsync(string userId, CancellationToken cancellationToken)
    {
        var registrations = await db.SeatRegistrations.AsNoTracking()
            .Where(r => r.UserId == userId && r.Status != SeatStatus.Cancelled)
            .Join(db.Events, r => r.SeatPoolId, e => e.SeatPoolId, (r, e) => new { r.SeatPoolId, EventId = e.Id })
            .ToListAsync(cancellationToken);
        foreach (var registration in registrations)
        {
            var result = await seats.CancelAsync(registration.SeatPoolId, userId, cancellationToken);
            foreach (var promotion in result.Promoted)
            {
                await mails.SendAsync(EventMails.Kind.Promoted, registration.EventId, promotion.UserId, cancellationToken: cancellationToken);
            }
        }
    }
}
