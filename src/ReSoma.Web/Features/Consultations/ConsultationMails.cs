using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Consultations;

/// <summary>What participants are told, through the same mail sender as account mail. A mail that cannot be sent
/// is logged and never undoes the registration it reports.</summary>
public sealed class ConsultationMails(ReSomaDbContext db, MailSender mail, SiteUrls urls)
{
    public enum Kind
    {
        Confirmed,
        Waitlisted,
        Promoted,
        Reminder,
    }

    public async Task SendAsync(Kind kind, int consultationId, string userId, int? position = null, CancellationToken cancellationToken = default)
    {
        var person = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        var c = await db.Consultations.AsNoTracking().Where(x => x.Id == consultationId)
            .Select(x => new { x.Title, x.Slug, x.StartsAt, x.EndsAt, x.TimeZoneId, x.Place, x.OnlineLink }).FirstOrDefaultAsync(cancellationToken);
        if (person?.Email is null || c is null)
        {
            return;
        }

        var when = ZonedTime.Range(c.StartsAt, c.EndsAt, c.TimeZoneId);
        var link = urls.For("/consultations/" + c.Slug);
        var (subject, lines) = kind switch
        {
            Kind.Confirmed => ($"Your seat: {c.Title}", new[] { $"Your seat at \"{c.Title}\" is confirmed.", $"When: {when}", Where(c.Place, c.OnlineLink) }),
            Kind.Waitlisted => ($"On the waitlist: {c.Title}", new[] { $"\"{c.Title}\" is full, so you are on the waitlist, in position {position}.", "If a seat frees up, it goes to the first person waiting, and we will write to you at once.", $"When: {when}" }),
            Kind.Promoted => ($"A seat is yours: {c.Title}", new[] { $"A seat has freed up at \"{c.Title}\" and it is now yours.", $"When: {when}", Where(c.Place, c.OnlineLink) }),
            _ => ($"Tomorrow: {c.Title}", new[] { $"A reminder: \"{c.Title}\" starts soon.", $"When: {when}", Where(c.Place, c.OnlineLink) }),
        };
        var footer = "If you cannot take part, please cancel on the consultation page so that someone on the waitlist gets your seat.";
        var text = $"Hello {person.DisplayName},\n\n{string.Join("\n", lines)}\n\n{link}\n\n{footer}\n\nReSOMA – Research Social Platform on Migration and Asylum";
        var e = HtmlEncoder.Default;
        var html = $"<p>Hello {e.Encode(person.DisplayName)},</p>" + string.Concat(lines.Select(l => $"<p>{e.Encode(l)}</p>"))
            + $"<p><a href=\"{e.Encode(link)}\">Open the consultation</a></p><p>{e.Encode(footer)}</p><p>ReSOMA – Research Social Platform on Migration and Asylum</p>";
        await mail.TrySendAsync(person.Email, person.DisplayName, subject, text, html, cancellationToken);
    }

    private static string Where(string? place, string? onlineLink) =>
        "Where: " + string.Join(" / ", new[] { place, onlineLink }.Where(x => !string.IsNullOrWhiteSpace(x)).DefaultIfEmpty("see the consultation page"));
}
