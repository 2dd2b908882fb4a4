using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>How the demo seeders find the topics they link content to.</summary>
public static class DemoTopicLookup
{
    /// <summary>
    /// The current cycle's topics, tracked, by the address of their page: a carried topic under its first entry's slug
    /// (the demo catalogue names "detention-increasing-use", not this year's "detention-increasing-use-2027"). Empty
    /// when no cycle is current, as when the clock sits in the history and only the history is seeded.
    /// </summary>
    public static async Task<Dictionary<string, Topic>> CurrentAsync(ReSomaDbContext db)
    {
        var entries = await db.Topics.Where(t => t.Cycle!.IsCurrent)
            .Select(t => new { Page = t.FirstEntry != null ? t.FirstEntry.Slug : t.Slug, Topic = t })
            .ToListAsync();
        return entries.ToDictionary(e => e.Page, e => e.Topic, StringComparer.Ordinal);
    }
}
