using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Consultations;

/// <summary>What the author of a written contribution is told, through the mail queue like every mail. (Mails about
/// registrations are the registration mechanism's.)</summary>
public sealed class ContributionMails(ReSomaDbContext db, MailQueue mail, SiteAddress urls)
{
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
}
