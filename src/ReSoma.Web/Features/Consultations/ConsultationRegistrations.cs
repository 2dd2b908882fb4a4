using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Seats;

namespace ReSoma.Web.Features.Consultations;

/// <summary>The rules around a seat: who may register and until when; the seats themselves are the allocator's.</summary>
public sealed class ConsultationRegistrations(ReSomaDbContext db, SeatAllocator seats, ConsultationMails mails, TimeProvider clock)
{
    public sealed record Outcome(bool Found, string? Refusal, RegisterResult? Result);

    public async Task<Outcome> RegisterAsync(string slug, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var c = await db.Consultations.AsNoTracking().Where(x => x.Slug == slug)
            .Select(x => new { x.Id, x.SeatPoolId, x.IsCancelled, x.RegistrationDeadline, x.EndsAt, x.TimeZoneId, x.AllowedRoles })
            .FirstOrDefaultAsync(cancellationToken);
        if (c is null)
        {
            return new Outcome(false, null, null);
        }

        var now = clock.GetUtcNow();
        var allowed = c.AllowedRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var refusal =
            c.IsCancelled ? "This consultation has been cancelled, so registration is closed."
            : now >= c.RegistrationDeadline || now >= c.EndsAt ? $"Registration closed on {ZonedTime.Format(c.RegistrationDeadline, c.TimeZoneId)}."
            : !allowed.Any(user.IsInRole) ? $"This consultation is open to {string.Join(", ", allowed.Select(r => r.ToLower(CultureInfo.InvariantCulture) + "s"))} only."
            : null;
        if (refusal is not null)
        {
            return new Outcome(true, refusal, null);
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var result = await seats.RegisterAsync(c.SeatPoolId, userId, cancellationToken);
        if (result.Outcome == RegisterOutcome.AlreadyRegistered)
        {
            return new Outcome(true, result.Status == SeatStatus.Confirmed
                ? "You are already registered: your seat is confirmed."
                : $"You are already on the waitlist, in position {result.WaitlistPosition}.", result);
        }

        await mails.SendAsync(result.Outcome == RegisterOutcome.Confirmed ? ConsultationMails.Kind.Confirmed : ConsultationMails.Kind.Waitlisted,
            c.Id, userId, result.WaitlistPosition, cancellationToken);
        return new Outcome(true, null, result);
    }

    /// <returns>null when cancelled; otherwise why not. Whoever gets the freed seat is told by mail.</returns>
    public async Task<(bool Found, string? Refusal)> CancelAsync(string slug, string userId, CancellationToken cancellationToken = default)
    {
        var c = await db.Consultations.AsNoTracking().Where(x => x.Slug == slug).Select(x => new { x.Id, x.SeatPoolId }).FirstOrDefaultAsync(cancellationToken);
        if (c is null)
        {
            return (false, null);
        }

        var result = await seats.CancelAsync(c.SeatPoolId, userId, cancellationToken);
        if (!result.WasRegistered)
        {
            return (true, "You have no registration to cancel.");
        }

        foreach (var promotion in result.Promoted)
        {
            await mails.SendAsync(ConsultationMails.Kind.Promoted, c.Id, promotion.UserId, cancellationToken: cancellationToken);
        }

        return (true, null);
    }
}
