using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Web;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Infrastructure.Evidence;

/// <summary>
/// Tells the author of a contribution when a published brief first cites it, once: each link is claimed by a
/// conditional update of <see cref="BriefLink.AuthorToldAt"/>, so a link added to a published brief and the brief's
/// publication racing it still send one mail. Nothing is sent while the brief is a draft; its publication sends them.
/// </summary>
public sealed class CitationMails(ReSomaDbContext db, MailQueue mail, SiteAddress urls, TimeProvider clock)
{
    private const string Signature = "ReSOMA – Research Social Platform on Migration and Asylum";

    /// <returns>How many authors were told.</returns>
    public async Task<int> TellCitedAuthorsAsync(int briefId, CancellationToken cancellationToken = default)
    {
        var due = await db.BriefLinks.AsNoTracking()
            .Where(l => l.BriefId == briefId && l.ContributionId != null && l.AuthorToldAt == null
                && db.Briefs.Any(b => b.Id == briefId && b.Status == BriefStatus.Published))
            .Join(db.Contributions, l => l.ContributionId, c => c.Id, (l, c) => new
            {
                l.Id, ContributionId = c.Id, c.Title, Consultation = c.Consultation!.Title, ConsultationSlug = c.Consultation.Slug, Email = c.Author!.Email, Name = c.Author.DisplayName,
            })
            .ToListAsync(cancellationToken);
        var brief = await db.Briefs.AsNoTracking().Where(b => b.Id == briefId).Select(b => new { b.Title, b.Slug }).FirstOrDefaultAsync(cancellationToken);
        var told = 0;
        foreach (var link in due)
        {
            var claimed = await db.BriefLinks.Where(l => l.Id == link.Id && l.AuthorToldAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.AuthorToldAt, clock.GetUtcNow()), cancellationToken);
            if (claimed == 0 || link.Email is null || brief is null)
            {
                continue;
            }

            await ContentNews.ContributionCitedAsync(db, link.ContributionId, briefId, clock.GetUtcNow(), cancellationToken);

            var briefLink = urls.For("/briefs/" + brief.Slug);
            var mine = urls.For("/account/contributions");
            var line = $"Your contribution \"{link.Title}\" to \"{link.Consultation}\" is cited in the published brief \"{brief.Title}\".";
            var text = $"Hello {link.Name},\n\n{line}\n\nRead the brief: {briefLink}\nEverything your contributions fed into: {mine}\n\nThank you for bringing your evidence.\n\n{Signature}";
            var e = HtmlEncoder.Default;
            var html = $"<p>Hello {e.Encode(link.Name)},</p><p>{e.Encode(line)}</p><p><a href=\"{e.Encode(briefLink)}\">Read the brief</a> · "
                + $"<a href=\"{e.Encode(mine)}\">Everything your contributions fed into</a></p><p>Thank you for bringing your evidence.</p><p>{Signature}</p>";
            if (await mail.QueueAsync(link.Email, link.Name, $"Your contribution is cited: {brief.Title}", text, html, cancellationToken))
            {
                told++;
            }
        }

        return told;
    }
}
