using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>The topics a consultation can be on, for the form's drop-down (injected into the view, so it survives a
/// re-render). Newest cycle first.</summary>
public sealed class EditorTopicChoices(ReSomaDbContext db)
{
    public async Task<IReadOnlyList<(int Id, string Label)>> AllAsync() =>
        (await db.Topics.AsNoTracking().OrderByDescending(t => t.Cycle!.Year).ThenBy(t => t.Area).ThenBy(t => t.Title)
            .Select(t => new { t.Id, t.Title, t.Cycle!.Year, t.Area }).ToListAsync())
        .Select(t => (t.Id, $"{t.Year} · {t.Area} · {t.Title}"))
        .ToList();
}
