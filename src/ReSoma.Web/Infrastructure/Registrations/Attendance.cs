using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>Checking people in at the door: by the code they show (typed or scanned), or from the list. Only a
/// confirmed seat of this very consultation or event is accepted: a code of another one is refused, not guessed at.</summary>
public sealed class Attendance(ReSomaDbContext db, TimeProvider clock, IStringLocalizer<Attendance> localizer)
{
    public abstract record CheckIn(string Message);

    public sealed record CheckedIn(int RegistrationId, bool Already, string Message) : CheckIn(Message);

    public sealed record Refused(string Message) : CheckIn(Message);

    public async Task<CheckIn> CheckInAsync(Registrable item, string? typed, CancellationToken cancellationToken = default)
    {
        if (AttendanceCodes.Read(typed) is not { } code)
        {
            return new Refused(localizer["That is not a registration code: a code has 8 letters and digits, like K7QX-M2RD."]);
        }

        var found = await db.SeatRegistrations.AsNoTracking().Where(r => r.Code == code && r.SeatPoolId == item.SeatPoolId)
            .Select(r => new { r.Id, r.Status, r.AttendedAt, r.User!.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return new Refused(item.Kind == RegistrableKind.Consultation
                ? localizer["No participant of “{0}” has the code {1}. Check the code, and that it is for this consultation.", item.Title, AttendanceCodes.Display(code)]
                : localizer["No participant of “{0}” has the code {1}. Check the code, and that it is for this event.", item.Title, AttendanceCodes.Display(code)]);
        }

        if (found.Status != SeatStatus.Confirmed)
        {
            return new Refused(found.Status == SeatStatus.Waitlisted
                ? localizer["{0} is on the waitlist and has no seat.", found.DisplayName]
                : localizer["{0} cancelled their registration.", found.DisplayName]);
        }

        if (found.AttendedAt is { } at)
        {
            return new CheckedIn(found.Id, true, localizer["{0} was already checked in at {1}.", found.DisplayName, Calendar.ZonedTime.In(at, item.TimeZoneId).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)]);
        }

        await MarkAsync(item, found.Id, true, cancellationToken);
        return new CheckedIn(found.Id, false, localizer["{0} is checked in.", found.DisplayName]);
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
