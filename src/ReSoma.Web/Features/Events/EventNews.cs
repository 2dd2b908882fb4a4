using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Events;

/// <summary>News items about an event name it in their search keywords only while the event is public, so whoever
/// changes an event's publication (an editor, the publishing schedule) refreshes theirs in the same save.</summary>
public static class EventNews
{
    public static async Task RefreshSearchOfNewsAboutAsync(ReSomaDbContext db, int eventId, CancellationToken cancellationToken)
    {
        var news = await db.NewsPosts.Include(n => n.Topics).Include(n => n.Events).Include(n => n.Search)
            .Where(n => n.Events.Any(e => e.Id == eventId)).ToListAsync(cancellationToken);
        news.ForEach(n => n.RefreshSearchDocument());
    }
}
