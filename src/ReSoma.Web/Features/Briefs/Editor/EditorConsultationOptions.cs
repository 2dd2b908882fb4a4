using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Briefs.Editor;

/// <summary>A consultation a brief can say it drew on: its title with its topic's (content), and whether readers see it.</summary>
public sealed record ConsultationChoice(string Title, bool IsPublished);

/// <summary>The consultations a brief can say it drew on, for the brief form (injected into the view).</summary>
public sealed class EditorConsultationOptions(ReSomaDbContext db)
{
    /// <summary>Consultations a brief can say it drew on, newest first. The brief's page links only to published ones,
    /// so the form says which are not.</summary>
    public async Task<IReadOnlyList<(int Id, ConsultationChoice Label)>> ConsultationsAsync() =>
        (await db.Consultations.AsNoTracking().OrderByDescending(c => c.StartsAt)
            .Select(c => new { c.Id, c.Title, Topic = c.Topic!.Title, c.IsPublished }).Take(300).ToListAsync())
        .Select(c => (c.Id, new ConsultationChoice($"{c.Title} ({c.Topic})", c.IsPublished)))
        .ToList();
}
