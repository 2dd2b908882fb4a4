using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Infrastructure.Registrations;

public sealed class ParticipantMailInput
{
    /// <summary>Long enough for a practical note with an agenda; a mail is not a document.</summary>
    public const int MaxMessage = 20_000;

    [Required(ErrorMessage = "Give the message a subject.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The subject can be at most {1} characters.")]
    [Display(Name = "Subject")]
    public string Subject { get; set; } = "";

    [Required(ErrorMessage = "Write the message.")]
    [StringLength(MaxMessage, ErrorMessage = "The message can be at most {1} characters.")]
    [Display(Name = "Message")]
    public string Message { get; set; } = "";
}

/// <summary>Writes to everyone with a confirmed seat (not the waitlist, not those who cancelled), one mail each so
/// nobody sees the others' addresses. Each mail is queued (the mail worker sends it, with retries); one that cannot be queued is counted and logged and does not stop the rest.</summary>
public sealed class ParticipantMailing(ReSomaDbContext db, MailQueue mail, SiteAddress urls)
{
    public sealed record Outcome(int Sent, int Failed);

    public async Task<Outcome> SendAsync(Registrable item, ParticipantMailInput input, CancellationToken cancellationToken = default)
    {
        var recipients = await db.SeatRegistrations.AsNoTracking()
            .Where(r => r.SeatPoolId == item.SeatPoolId && r.Status == SeatStatus.Confirmed && r.User!.Email != null)
            .OrderBy(r => r.Sequence)
            .Select(r => new { Email = r.User!.Email!, r.User.DisplayName })
            .ToListAsync(cancellationToken);

        // A subject is one line: a pasted line break must not reach the mail header.
        var subject = string.Join(' ', input.Subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var message = input.Message.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var link = urls.For(item.PublicPath);
        var footer = $"You receive this message because you have a seat at \"{item.Title}\".";
        var sent = 0;
        foreach (var person in recipients)
        {
            var text = $"Hello {person.DisplayName},\n\n{message}\n\n{link}\n\n{footer}\n\nReSOMA – Research Social Platform on Migration and Asylum";
            if (await mail.QueueAsync(person.Email, person.DisplayName, subject, text, Html(person.DisplayName, message, link, footer, item.Noun), cancellationToken))
            {
                sent++;
            }
        }

        return new Outcome(sent, recipients.Count - sent);
    }

    private static string Html(string name, string message, string link, string footer, string noun)
    {
        var e = HtmlEncoder.Default;
        var paragraphs = message.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + string.Join("<br>", p.Split('\n').Select(e.Encode)) + "</p>");
        return $"<p>Hello {e.Encode(name)},</p>{string.Concat(paragraphs)}<p><a href=\"{e.Encode(link)}\">Open the {noun}</a></p>"
            + $"<p>{e.Encode(footer)}</p><p>ReSOMA – Research Social Platform on Migration and Asylum</p>";
    }
}

/// <summary>The "email all participants" form of a participants page: how many it reaches, and what was typed.</summary>
public sealed record ParticipantMailForm(Registrable Item, int Seated, ParticipantMailInput Input);
