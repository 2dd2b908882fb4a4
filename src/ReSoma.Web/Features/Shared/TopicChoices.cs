using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Shared;

/// <summary>
/// The topics a brief or consultation can be about, for back-office drop-downs. Injected into the form views, so the
/// list survives a re-render of an invalid form. Newest cycle first; areas in their fixed order (sorted here, as the
/// database stores them as text).
/// </summary>
public sealed class TopicChoices(ReSomaDbContext db)
{
    /// <summary>The current cycle's topics, and <paramref name="keep"/> (a consultation's present topic, which may be archived).</summary>
    public async Task<IReadOnlyList<(int Id, string Label)>> CurrentCycleAsync(int keep) =>
        (await db.Topics.AsNoTracking().Where(t => t.Cycle!.IsCurrent || t.Id == keep).Select(t => new { t.Id, t.Title, t.Cycle!.Year, t.Area }).ToListAsync())
        .OrderByDescending(t => t.Year).ThenBy(t => t.Area).ThenBy(t => t.Title, StringComparer.Ordinal)
        .Select(t => (t.Id, $"{t.Year} · {t.Area} · {t.Title}"))
        .ToList();

    public async Task<IReadOnlyList<(int Id, string Label)>> AllAsync() =>
        (await db.Topics.AsNoTracking().Select(t => new { t.Id, t.Title, t.Cycle!.Year, t.Area }).ToListAsync())
        .OrderByDescending(t => t.Year).ThenBy(t => t.Area).ThenBy(t => t.Title, StringComparer.Ordinal)
        .Select(t => (t.Id, $"{t.Year} · {t.Area} · {t.Title}"))
        .ToList();
}
