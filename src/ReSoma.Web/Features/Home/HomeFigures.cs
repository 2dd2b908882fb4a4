using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Home;

/// <summary>The platform's headline figures, counted from the database at each request (never typed in).</summary>
public sealed record HomeFigures(int Topics, int Publications, int Consultations, int Stakeholders)
{
    public static async Task<HomeFigures> CountAsync(ReSomaDbContext db, CancellationToken cancellationToken)
    {
        var stakeholderRoles = db.Roles.Where(r => Roles.Stakeholders.Contains(r.Name!)).Select(r => r.Id);

        // The four counts in one round trip. SQL needs a row to hang the counts on: the Researcher role, which the
        // role seeder ensures at every start (none only on a database never started, which counts nothing anyway).
        return await db.Roles.AsNoTracking()
            .Where(r => r.Name == Roles.Researcher)
            .Select(_ => new HomeFigures(
                // A topic carried over into later cycles is one topic, counted at its first entry.
                db.Topics.Count(t => t.FirstEntryId == null),
                db.Briefs.Count(b => b.Status == BriefStatus.Published),
                db.Consultations.Count(c => c.IsPublished && !c.IsCancelled),
                db.UserRoles.Where(ur => stakeholderRoles.Contains(ur.RoleId)).Select(ur => ur.UserId).Distinct().Count()))
            .FirstOrDefaultAsync(cancellationToken) ?? new HomeFigures(0, 0, 0, 0);
    }
}
