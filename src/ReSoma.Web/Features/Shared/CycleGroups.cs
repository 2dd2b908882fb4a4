using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Shared;

/// <summary>Loads cycles with their topics grouped by area; shared by the topic index and the home page.</summary>
public static class CycleGroups
{
    public static async Task<IReadOnlyList<CycleTopics>> LoadAsync(ReSomaDbContext db, int? year, Area? area, CancellationToken cancellationToken, bool currentOnly = false)
    {
        // One round trip: each cycle with its topics (a cycle without topics still shows).
        var cycles = await db.Cycles.AsNoTracking()
            .Where(c => (year == null || c.Year == year) && (!currentOnly || c.IsCurrent))
            .OrderByDescending(c => c.IsCurrent).ThenByDescending(c => c.Year)
            .Select(c => new
            {
                c.Year, c.Phase, c.IsCurrent,
                Topics = c.Topics.Where(t => area == null || t.Area == area)
                    .OrderBy(t => t.Title)
                    .Select(t => new TopicCard(t.Title, t.FirstEntry != null ? t.FirstEntry.Slug : t.Slug, t.Area, t.Origin, t.Cycle!.Year,
                        t.FirstEntry != null ? t.FirstEntry.Cycle!.Year : null))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        return cycles.Select(c => new CycleTopics(c.Year, c.Phase, c.IsCurrent,
                AreaNames.All.Where(a => area == null || a == area)
                    .Select(a => new AreaTopics(a, c.Topics.Where(t => t.Area == a).ToList()))
                    .ToList()))
            .ToList();
    }
}
