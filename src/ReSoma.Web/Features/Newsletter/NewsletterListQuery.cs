using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Newsletter;

/// <summary>Every issue, drafts first and then the sent ones newest first, with how many people take the newsletter now.</summary>
public sealed class NewsletterListQuery(ReSomaDbContext db)
{
    public async Task<NewsletterList> RunAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.NewsletterIssues.AsNoTracking()
            .OrderBy(i => i.SentAt != null).ThenByDescending(i => i.Id).Take(500)
            .Select(i => new NewsletterRow(i.Id, i.Subject, i.UpdatedAt, i.SentAt, i.Recipients))
            .ToListAsync(cancellationToken);
        return new NewsletterList(rows, await NewsletterAudience.Subscribers(db).CountAsync(cancellationToken));
    }
}
