using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Evidence;

namespace ReSoma.Web.Features.Evidence;

public sealed record MyContribution(int Id, string Title, string Consultation, string ConsultationPath, ContributionStatus Status, IReadOnlyList<LinkedItem> CitedIn);

/// <summary>A person's own contributions and the published briefs that cite them: filtered by the signed-in person.</summary>
public sealed class MyContributionsQuery(ReSomaDbContext db, EvidenceLinks links)
{
    public async Task<IReadOnlyList<MyContribution>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        var mine = await db.Contributions.AsNoTracking().Where(c => c.AuthorUserId == userId).OrderByDescending(c => c.SubmittedAt)
            .Select(c => new { c.Id, c.Title, Consultation = c.Consultation!.Title, c.Consultation.Slug, c.Status }).ToListAsync(cancellationToken);
        var result = new List<MyContribution>();
        foreach (var c in mine)
        {
            result.Add(new MyContribution(c.Id, c.Title, c.Consultation, "/consultations/" + c.Slug, c.Status, await links.BriefsCitingContributionAsync(c.Id, cancellationToken)));
        }

        return result;
    }
}
