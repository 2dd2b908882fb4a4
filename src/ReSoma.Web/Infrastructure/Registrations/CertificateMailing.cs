using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>
/// Sends every attendee of a finished consultation or event their certificate of attendance, as a PDF attached to a
/// queued mail. Each attendee is claimed first by a conditional update of <see cref="SeatRegistration.CertificateMailedAt"/>,
/// so two editors pressing the button at once, or one pressing it twice, send each certificate once; attendees checked
/// in later get theirs the next time it is pressed.
/// </summary>
public sealed class CertificateMailing(ReSomaDbContext db, Certificates certificates, MailQueue mail, SiteAddress urls, TimeProvider clock)
{
    private const string Signature = "ReSOMA – Research Social Platform on Migration and Asylum";

    /// <param name="Sent">Certificates queued by this call.</param>
    /// <param name="Earlier">Attendees who had been sent theirs before.</param>
    public sealed record Outcome(int Sent, int Earlier, int Failed);

    /// <summary>How many attendees there are, and how many have had their certificate mailed.</summary>
    public async Task<(int Attendees, int Mailed)> CountAsync(Registrable item, CancellationToken cancellationToken = default)
    {
        var attendees = Attendees(item);
        return (await attendees.CountAsync(cancellationToken), await attendees.CountAsync(r => r.CertificateMailedAt != null, cancellationToken));
    }

    /// <returns>What was done, or null when the item gives no certificates yet (not over, or cancelled).</returns>
    public async Task<Outcome?> SendAllAsync(Registrable item, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (!item.GivesCertificates(now))
        {
            return null;
        }

        var due = await Attendees(item).Where(r => r.CertificateMailedAt == null && r.User!.Email != null)
            .OrderBy(r => r.Sequence).Select(r => new { r.Id, Email = r.User!.Email!, r.User.DisplayName }).ToListAsync(cancellationToken);
        var earlier = await Attendees(item).CountAsync(r => r.CertificateMailedAt != null, cancellationToken);
        int sent = 0, failed = 0;
        foreach (var person in due)
        {
            var claimed = await db.SeatRegistrations.Where(r => r.Id == person.Id && r.CertificateMailedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CertificateMailedAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var certificate = await certificates.ForAttendeeAsync(item, person.Id, cancellationToken);
            if (certificate is not null && await QueueAsync(item, person.Id, person.Email, person.DisplayName, certificate, cancellationToken))
            {
                sent++;
                continue;
            }

            // Not queued (or no longer an attendee): give the claim back, so that the next press tries again.
            failed++;
            await db.SeatRegistrations.Where(r => r.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.CertificateMailedAt, (DateTimeOffset?)null), cancellationToken);
        }

        return new Outcome(sent, earlier, failed);
    }

    private IQueryable<SeatRegistration> Attendees(Registrable item) =>
        db.SeatRegistrations.AsNoTracking().Where(r => r.SeatPoolId == item.SeatPoolId && r.Status == SeatStatus.Confirmed && r.AttendedAt != null);

    private Task<bool> QueueAsync(Registrable item, int registrationId, string email, string name, Certificates.Certificate certificate, CancellationToken cancellationToken)
    {
        var subject = $"Your certificate of attendance: {item.Title}";
        var line = $"Thank you for taking part in \"{item.Title}\". Your certificate of attendance is attached as a PDF.";
        var page = urls.For("/account/registrations/" + registrationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var again = "You can download it again at any time from your registration page.";
        var text = $"Hello {name},\n\n{line}\n\n{again}\n{page}\n\n{Signature}";
        var e = HtmlEncoder.Default;
        var html = $"<p>Hello {e.Encode(name)},</p><p>{e.Encode(line)}</p><p>{e.Encode(again)} <a href=\"{e.Encode(page)}\">Your registration</a></p><p>{Signature}</p>";
        return mail.QueueAsync(email, name, subject, text, html, [new MailAttachment(certificate.FileName, "application/pdf", certificate.Content)], cancellationToken);
    }
}
