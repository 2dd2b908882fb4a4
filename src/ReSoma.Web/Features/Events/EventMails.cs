using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Events;

/// <summary>What people registering for an event are told, through the mail queue like every mail. A mail that cannot
/// be queued is logged and never undoes the registration it reports.</summary>
public sealed class EventMails(ReSomaDbContext db, MailQueue mail, SiteAddress urls)
{
    public enum Kind
    {
        Confirmed,
        Waitlisted,
        Promoted,
        Cancelled,
    }

    public async Task SendAsync(Kind kind, int eventId, string userId, int? position = null, CancellationToken cancellationToken = default)
    {
        var person = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        var e = await db.Events.AsNoTracking().Where(x => x.Id == eventId)
            .Select(x => new { x.Title, x.Slug, x.StartsAt, x.EndsAt, x.TimeZoneId, x.Venue, x.City, x.OnlineLink }).FirstOrDefaultAsync(cancellationToken);
        if (person?.Email is null || e is null)
        {
            return;
        }

        var when = "When: " + ZonedTime.Range(e.StartsAt, e.EndsAt, e.TimeZoneId);
        // The online link goes only to people with a seat, as on the page.
        var where = "Where: " + string.Join(" / ", new[] { EventPlaces.Full(e.Venue, e.City), e.OnlineLink }.Where(x => !string.IsNullOrWhiteSpace(x)).DefaultIfEmpty("see the event page"));
        var (subject, lines) = kind switch
        {
            Kind.Confirmed => ($"Your seat: {e.Title}", new[] { $"Your seat at \"{e.Title}\" is confirmed.", when, where }),
            Kind.Waitlisted => ($"On the waitlist: {e.Title}", new[] { $"\"{e.Title}\" is full, so you are on the waitlist, in position {position}.", "If a seat frees up, it goes to the first person waiting, and we will write to you at once.", when }),
            Kind.Promoted => ($"A seat is yours: {e.Title}", new[] { $"A seat has freed up at \"{e.Title}\" and it is now yours.", when, where }),
            _ => ($"Registration cancelled: {e.Title}", new[] { $"Your registration for \"{e.Title}\" is cancelled, as you asked.", "If you change your mind, register again on the event page while registration is open." }),
        };
        var footer = kind == Kind.Cancelled
            ? "Thank you for letting us know: your place goes to the next person waiting."
            : "If you cannot come, please cancel on the event page so that someone on the waitlist gets your seat.";
        var link = urls.For("/events/" + e.Slug);
        var text = $"Hello {person.DisplayName},\n\n{string.Join("\n", lines)}\n\n{link}\n\n{footer}\n\nReSOMA – Research Social Platform on Migration and Asylum";
        var h = HtmlEncoder.Default;
        var html = $"<p>Hello {h.Encode(person.DisplayName)},</p>" + string.Concat(lines.Select(l => $"<p>{h.Encode(l)}</p>"))
            + $"<p><a href=\"{h.Encode(link)}\">Open the event</a></p><p>{h.Encode(footer)}</p><p>ReSOMA – Research Social Platform on Migration and Asylum</p>";
        await mail.QueueAsync(person.Email, person.DisplayName, subject, text, html, cancellationToken);
    }
}
