using Microsoft.EntityFrameworkCore;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// Gives every searchable row that has none its search entry. New rows get theirs on save; this covers rows written
/// before a content type became searchable (topics and consultations joined the site search after they existed).
/// </summary>
public static class SearchIndexBackfill
{
    public static async Task RunAsync(ReSomaDbContext db, CancellationToken cancellationToken = default)
    {
        var topics = await db.Topics.Where(t => t.Search == null).ToListAsync(cancellationToken);
        var consultations = await db.Consultations.Where(c => c.Search == null).ToListAsync(cancellationToken);
        if (topics.Count + consultations.Count == 0)
        {
            return;
        }

        topics.ForEach(t => t.RefreshSearchDocument());
        consultations.ForEach(c => c.RefreshSearchDocument());
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
