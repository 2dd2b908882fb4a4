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
        return new HomeFigures(
            // A topic carried over into later cycles is one topic, counted at its first entry.
            await db.Topics.CountAsync(t => t.FirstEntryId == null, cancellationToken),
            await db.Briefs.CountAsync(b => b.Status == BriefStatus.Published, cancellationToken),
            await db.Consultations.CountAsync(c => !c.IsCancelled, cancellationToken),
            await db.UserRoles.Where(ur => stakeholderRoles.Contains(ur.RoleId)).Select(ur => ur.UserId).Distinct().CountAsync(cancellationToken));
    }
}
