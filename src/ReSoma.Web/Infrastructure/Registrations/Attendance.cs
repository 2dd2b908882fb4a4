using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>Checking people in at the door: by the code they show (typed or scanned), or from the list. Only a
/// confirmed seat of this very consultation or event is accepted: a code of another one is refused, not guessed at.</summary>
public sealed class Attendance(ReSomaDbContext db, TimeProvider clock)
{
    public abstract record CheckIn(string Message);

    public sealed record CheckedIn(int RegistrationId, bool Already, string Message) : CheckIn(Message);

    public sealed record Refused(string Message) : CheckIn(Message);

    public async Task<CheckIn> CheckInAsync(Registrable item, string? typed, CancellationToken cancellationToken = default)
    {
        if (AttendanceCodes.Read(typed) is not { } code)
        {
            return new Refused("That is not a registration code: a code has 8 letters and digits, like K7QX-M2RD.");
        }

        var found = await db.SeatRegistrations.AsNoTracking().Where(r => r.Code == code && r.SeatPoolId == item.SeatPoolId)
            .Select(r => new { r.Id, r.Status, r.AttendedAt, r.User!.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return new Refused($"No participant of “{item.Title}” has the code {AttendanceCodes.Display(code)}. Check the code, and that it is for this {item.Noun}.");
        }

        if (found.Status != SeatStatus.Confirmed)
        {
            return new Refused(found.Status == SeatStatus.Waitlisted
                ? $"{found.DisplayName} is on the waitlist and has no seat."
                : $"{found.DisplayName} cancelled their registration.");
        }

        if (found.AttendedAt is { } at)
        {
            return new CheckedIn(found.Id, true, $"{found.DisplayName} was already checked in at {Calendar.ZonedTime.In(at, item.TimeZoneId):HH:mm}.");
        }

        await MarkAsync(item, found.Id, true, cancellationToken);
        return new CheckedIn(found.Id, false, $"{found.DisplayName} is checked in.");
    }

    /// <returns>False when the registration is not a confirmed seat of this item.</returns>
    public async Task<bool> MarkAsync(Registrable item, int registrationId, bool present, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var changed = await db.SeatRegistrations
            .Where(r => r.Id == registrationId && r.SeatPoolId == item.SeatPoolId && r.Status == SeatStatus.Confirmed)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AttendedAt, r => present ? (r.AttendedAt ?? now) : null), cancellationToken);
        return changed == 1;
    }

    /// <summary>The pool a code belongs to, for the address a scanned QR code opens.</summary>
    public Task<int?> PoolOfCodeAsync(string? typed, CancellationToken cancellationToken = default) =>
        AttendanceCodes.Read(typed) is { } code
            ? db.SeatRegistrations.AsNoTracking().Where(r => r.Code == code).Select(r => (int?)r.SeatPoolId).FirstOrDefaultAsync(cancellationToken)
            : Task.FromResult<int?>(null);
}
