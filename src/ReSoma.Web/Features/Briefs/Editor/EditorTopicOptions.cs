using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Briefs.Editor;

/// <summary>The topics a brief can be about, for the form's drop-down (injected into the view, so it survives a re-render).</summary>
public sealed class EditorTopicOptions(ReSomaDbContext db)
{
    public async Task<IReadOnlyList<(int Id, string Label)>> AllAsync() =>
        (await db.Topics.AsNoTracking().OrderByDescending(t => t.Cycle!.Year).ThenBy(t => t.Area).ThenBy(t => t.Title)
            .Select(t => new { t.Id, t.Title, t.Cycle!.Year, t.Area }).ToListAsync())
        .Select(t => (t.Id, $"{t.Year} · {t.Area} · {t.Title}"))
        .ToList();

    /// <summary>Consultations a brief can say it drew on, newest first.</summary>
    public async Task<IReadOnlyList<(int Id, string Label)>> ConsultationsAsync() =>
        (await db.Consultations.AsNoTracking().OrderByDescending(c => c.StartsAt)
            .Select(c => new { c.Id, c.Title, Topic = c.Topic!.Title }).Take(300).ToListAsync())
        .Select(c => (c.Id, $"{c.Title} ({c.Topic})"))
        .ToList();
}
