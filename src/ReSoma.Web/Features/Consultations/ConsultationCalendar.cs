using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Markdown;

namespace ReSoma.Web.Features.Consultations;

/// <summary>A consultation as an iCalendar file. The online link is left out: the file is public.</summary>
public sealed class ConsultationCalendar(ReSomaDbContext db, MarkdownRenderer markdown)
{
    public async Task<string?> IcsAsync(string slug, string siteRoot, CancellationToken cancellationToken = default)
    {
        var c = await db.Consultations.AsNoTracking().Where(x => x.Slug == slug)
            .Select(x => new { x.Id, x.Title, x.Slug, x.Description, x.StartsAt, x.EndsAt, x.Place, x.UpdatedAt, x.IsCancelled })
            .FirstOrDefaultAsync(cancellationToken);
        if (c is null)
        {
            return null;
        }

        var entry = new CalendarEntry($"consultation-{c.Id}@resoma", c.Title, markdown.ToPlainText(c.Description), c.StartsAt, c.EndsAt,
            c.Place ?? "Online", $"{siteRoot}/consultations/{c.Slug}", c.UpdatedAt, c.IsCancelled);
        return IcsCalendar.Write("ReSOMA: " + c.Title, [entry]);
    }
}
