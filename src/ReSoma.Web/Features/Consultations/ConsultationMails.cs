using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Consultations;

/// <summary>What participants are told, through the mail queue like every mail. A mail that cannot be queued
/// is logged and never undoes the registration it reports.</summary>
public sealed class ConsultationMails(ReSomaDbContext db, MailQueue mail, SiteAddress urls)
{
    public enum Kind
    {
        Confirmed,
        Waitlisted,
        Promoted,
        Reminder,
        Cancelled,
    }

    public async Task SendAsync(Kind kind, int consultationId, string userId, int? position = null, CancellationToken cancellationToken = default)
    {
        var person = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        var c = await db.Consultations.AsNoTracking().Where(x => x.Id == consultationId)
            .Select(x => new { x.Title, x.Slug, x.StartsAt, x.EndsAt, x.TimeZoneId, x.Place, x.OnlineLink, x.CancellationReason }).FirstOrDefaultAsync(cancellationToken);
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
            Kind.Cancelled => ($"Cancelled: {c.Title}", new[] { $"We are sorry: \"{c.Title}\" ({when}) has been cancelled.", c.CancellationReason ?? "", "Your registration is kept: if the consultation is reinstated, you will not need to register again." }),
            _ => ($"Tomorrow: {c.Title}", new[] { $"A reminder: \"{c.Title}\" starts soon.", $"When: {when}", Where(c.Place, c.OnlineLink) }),
        };
        lines = lines.Where(l => l.Length > 0).ToArray();
        var footer = kind == Kind.Cancelled ? "Other consultations are open on the portal." : "If you cannot take part, please cancel on the consultation page so that someone on the waitlist gets your seat.";
        var text = $"Hello {person.DisplayName},\n\n{string.Join("\n", lines)}\n\n{link}\n\n{footer}\n\nReSOMA – Research Social Platform on Migration and Asylum";
        var e = HtmlEncoder.Default;
        var html = $"<p>Hello {e.Encode(person.DisplayName)},</p>" + string.Concat(lines.Select(l => $"<p>{e.Encode(l)}</p>"))
            + $"<p><a href=\"{e.Encode(link)}\">Open the consultation</a></p><p>{e.Encode(footer)}</p><p>ReSOMA – Research Social Platform on Migration and Asylum</p>";
        await mail.QueueAsync(person.Email, person.DisplayName, subject, text, html, cancellationToken);
    }

    /// <summary>Tells the author of a written contribution what the editors decided, and why when it was not accepted.</summary>
    public async Task SendDecisionAsync(int contributionId, CancellationToken cancellationToken = default)
    {
        var c = await db.Contributions.AsNoTracking().Where(x => x.Id == contributionId)
            .Select(x => new { x.Title, x.Status, x.ModerationNote, Consultation = x.Consultation!.Title, x.Consultation.Slug, x.Author!.Email, x.Author.DisplayName })
            .FirstOrDefaultAsync(cancellationToken);
        if (c?.Email is null)
        {
            return;
        }

        var accepted = c.Status == Domain.ContributionStatus.Accepted;
        var subject = accepted ? $"Your contribution is accepted: {c.Consultation}" : $"Your contribution was not accepted: {c.Consultation}";
        var lines = accepted
            ? new[] { $"Thank you: your written contribution \"{c.Title}\" has been accepted by the ReSOMA editors." }
            : new[] { $"The ReSOMA editors did not accept your written contribution \"{c.Title}\".", $"Their reason: {c.ModerationNote}", "You can change your contribution while the consultation is open." };
        var link = urls.For($"/consultations/{c.Slug}/contribution");
        var e = HtmlEncoder.Default;
        var text = $"Hello {c.DisplayName},\n\n{string.Join("\n", lines)}\n\n{link}\n\nReSOMA – Research Social Platform on Migration and Asylum";
        var html = $"<p>Hello {e.Encode(c.DisplayName)},</p>" + string.Concat(lines.Select(l => $"<p>{e.Encode(l)}</p>"))
            + $"<p><a href=\"{e.Encode(link)}\">See your contribution</a></p><p>ReSOMA – Research Social Platform on Migration and Asylum</p>";
        await mail.QueueAsync(c.Email, c.DisplayName, subject, text, html, cancellationToken);
    }

    private static string Where(string? place, string? onlineLink) =>
        "Where: " + string.Join(" / ", new[] { place, onlineLink }.Where(x => !string.IsNullOrWhiteSpace(x)).DefaultIfEmpty("see the consultation page"));
}
