using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>
/// Where a topic's address leads: the topic's page, calendar and news feed are at its first entry's slug, and a later
/// cycle's entry leads there (decision 0022).
/// </summary>
/// <param name="Id">The entry the slug names.</param>
/// <param name="MovedTo">The first entry's slug when the slug names a later entry, else null.</param>
/// <param name="Title">The entry's title (a carried-over entry keeps its first entry's).</param>
public sealed record TopicAddress(int Id, string? MovedTo, string Title)
{
    public static Task<TopicAddress?> FindAsync(ReSomaDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Topics.AsNoTracking().Where(t => t.Slug == slug)
            .Select(t => new TopicAddress(t.Id, t.FirstEntry != null ? t.FirstEntry.Slug : null, t.Title))
            .FirstOrDefaultAsync(cancellationToken);
}
