using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Qr;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>The mails about a registration, the same for consultations and events, through the mail queue. Links are
/// made from the configured site address only. The online link goes only to people with a seat, as on the page.</summary>
public sealed class RegistrationMails(ReSomaDbContext db, MailQueue mail, SiteAddress urls)
{
    private const string Signature = "ReSOMA – Research Social Platform on Migration and Asylum";

    public const string QrContentId = "code@resoma";

    public async Task SendAsync(RegistrationMail kind, Registrable item, int registrationId, int? position = null, int? leadHours = null, CancellationToken cancellationToken = default)
    {
        var person = await db.SeatRegistrations.AsNoTracking().Where(r => r.Id == registrationId)
            .Select(r => new { r.User!.Email, r.User.DisplayName, r.Code }).FirstOrDefaultAsync(cancellationToken);
        if (person?.Email is null)
        {
            return;
        }

        var title = item.Title;
        var when = "When: " + ZonedTime.Range(item.StartsAt, item.EndsAt, item.TimeZoneId);
        var where = "Where: " + string.Join(" / ", new[] { item.Place, item.OnlineLink }.Where(x => !string.IsNullOrWhiteSpace(x)).DefaultIfEmpty($"see the {item.Noun} page"));
        var code = person.Code is null ? "" : $"Your registration code: {AttendanceCodes.Display(person.Code)}. Show it (or the QR code on your registration page) when you arrive.";
        var (subject, lines) = kind switch
        {
            RegistrationMail.Confirmed => ($"Your seat: {title}", new[] { $"Your seat at \"{title}\" is confirmed.", when, where, code }),
            RegistrationMail.Waitlisted => ($"On the waitlist: {title}", new[] { $"\"{title}\" is full, so you are on the waitlist, in position {position}.", "If a seat frees up, it goes to the first person waiting, and we will write to you at once.", when }),
            RegistrationMail.Promoted => ($"A seat is yours: {title}", new[] { $"A seat has freed up at \"{title}\" and it is now yours.", when, where, code }),
            RegistrationMail.CancelledByYou => ($"Registration cancelled: {title}", new[] { $"Your registration for \"{title}\" is cancelled, as you asked.", $"If you change your mind, register again on the {item.Noun} page while registration is open." }),
            RegistrationMail.ItemCancelled => ($"Cancelled: {title}", new[] { $"We are sorry: \"{title}\" ({ZonedTime.Range(item.StartsAt, item.EndsAt, item.TimeZoneId)}) has been cancelled.", item.CancellationReason ?? "", $"Your registration is kept: if the {item.Noun} is reinstated, you will not need to register again." }),
            RegistrationMail.WaitlistClosed => ($"No seat came free: {title}", new[] { $"Registration for \"{title}\" has closed, and no seat came free for you: you are still on the waitlist, in position {position}.", "If someone cancels before it starts, the seat is yours and we will write to you at once. You can also leave the waitlist on your registrations page.", when }),
            _ => (ReminderSubject(leadHours, title), new[] { $"A reminder: \"{title}\" starts {ReminderWhen(leadHours)}.", when, where, code }),
        };
        lines = lines.Where(l => l.Length > 0).ToArray();
        var footer = kind switch
        {
            RegistrationMail.ItemCancelled => $"Other {item.Noun}s are open on the portal.",
            RegistrationMail.CancelledByYou => "Thank you for letting us know: your place goes to the next person waiting.",
            _ => $"If you cannot take part, please cancel on your registrations page so that someone on the waitlist gets your seat.",
        };
        var pageLink = urls.For("/account/registrations/" + registrationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var itemLink = urls.For(item.PublicPath);
        var text = $"Hello {person.DisplayName},\n\n{string.Join("\n", lines)}\n\nYour registration: {pageLink}\nThe {item.Noun}: {itemLink}\n\n{footer}\n\n{Signature}";
        var e = HtmlEncoder.Default;
        // A seat's mail carries the code as a QR code too, inline (a related part), so it shows without loading images.
        var withCode = person.Code is not null && kind is RegistrationMail.Confirmed or RegistrationMail.Promoted or RegistrationMail.Reminder;
        var qr = withCode ? $"<p><img src=\"cid:{QrContentId}\" width=\"180\" height=\"180\" alt=\"QR code of your registration code {e.Encode(AttendanceCodes.Display(person.Code!))}\"></p>" : "";
        var html = $"<p>Hello {e.Encode(person.DisplayName)},</p>" + string.Concat(lines.Select(l => $"<p>{e.Encode(l)}</p>")) + qr
            + $"<p><a href=\"{e.Encode(pageLink)}\">Your registration</a> · <a href=\"{e.Encode(itemLink)}\">The {item.Noun}</a></p><p>{e.Encode(footer)}</p><p>{Signature}</p>";
        IReadOnlyList<MailAttachment>? files = withCode
            ? [new MailAttachment("registration-code.png", "image/png", QrCodes.Png(AttendanceCodes.Display(person.Code!), 6), QrContentId)]
            : null;
        await mail.QueueAsync(person.Email, person.DisplayName, subject, text, html, files, cancellationToken);
    }

    private static string ReminderSubject(int? leadHours, string title) => leadHours switch
    {
        >= 144 => $"Next week: {title}",
        >= 20 and <= 28 => $"Tomorrow: {title}",
        _ => $"Soon: {title}",
    };

    private static string ReminderWhen(int? leadHours) => leadHours switch
    {
        >= 144 => "in a week",
        >= 48 => $"in {leadHours / 24} days",
        >= 20 => "tomorrow",
        { } hours => $"in {hours} hours",
        _ => "soon",
    };
}
