using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Dashboards.Editor;

/// <summary>Submitted contributions not yet accepted or rejected, by consultation, the longest-waiting first: the
/// editor acts on the consultation's desk.</summary>
public sealed class ModerationQueueQuery(ReSomaDbContext db)
{
    public async Task<IReadOnlyList<WaitingContributions>> RunAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Contributions.AsNoTracking()
            .Where(c => c.Status == ContributionStatus.Submitted)
            .GroupBy(c => c.ConsultationId)
            .Select(g => new { ConsultationId = g.Key, Count = g.Count(), Oldest = g.Min(c => c.SubmittedAt) })
            .Join(db.Consultations, g => g.ConsultationId, c => c.Id, (g, c) => new { c.Title, c.Slug, g.Count, g.Oldest })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Oldest)
            .Select(r => new WaitingContributions(r.Title, "/editor/consultations/" + r.Slug, r.Count, r.Oldest))
            .ToList();
    }
}
