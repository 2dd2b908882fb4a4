using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Pdf;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>Certificates of attendance: only for a person marked present, once the consultation or event is over.</summary>
public sealed class Certificates(ReSomaDbContext db, Registrables registrables, TimeProvider clock)
{
    public sealed record Certificate(string FileName, byte[] Content);

    /// <summary>The certificate of <paramref name="userId"/>'s registration <paramref name="registrationId"/>, or null
    /// when it is not theirs, they did not attend, or there is none yet.</summary>
    public Task<Certificate?> ForAsync(string userId, int registrationId, CancellationToken cancellationToken = default) =>
        BuildAsync(registrationId, userId, cancellationToken);

    /// <summary>The certificate of an attendee of <paramref name="item"/>, for the mail an editor sends them all; null
    /// when the registration is not one of the item's attendees or there is no certificate yet.</summary>
    public async Task<Certificate?> ForAttendeeAsync(Registrable item, int registrationId, CancellationToken cancellationToken = default) =>
        await db.SeatRegistrations.AnyAsync(r => r.Id == registrationId && r.SeatPoolId == item.SeatPoolId, cancellationToken)
            ? await BuildAsync(registrationId, null, cancellationToken)
            : null;

    private async Task<Certificate?> BuildAsync(int registrationId, string? userId, CancellationToken cancellationToken)
    {
        var r = await db.SeatRegistrations.AsNoTracking()
            .Where(x => x.Id == registrationId && (userId == null || x.UserId == userId) && x.Status == SeatStatus.Confirmed && x.AttendedAt != null)
            .Select(x => new { x.SeatPoolId, x.Code, x.User!.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (r is null || await registrables.ByPoolAsync(r.SeatPoolId, cancellationToken) is not { IsPublished: true } item || !item.GivesCertificates(now))
        {
            return null;
        }

        var hours = item.HoursWith(await registrables.SessionsOfAsync(item, cancellationToken));
        var certificate = new AttendanceCertificate(
            r.DisplayName, item.Title, item.Noun, ZonedTime.Range(item.StartsAt, item.EndsAt, item.TimeZoneId), (decimal)Math.Max(0.5, hours), item.Place,
            AttendanceCodes.Display(r.Code ?? registrationId.ToString(CultureInfo.InvariantCulture)),
            ZonedTime.In(now, item.TimeZoneId).ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        return new Certificate($"certificate-{item.Slug}.pdf", certificate.ToBytes());
    }
}
