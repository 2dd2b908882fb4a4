using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Dashboards.Admin;

/// <summary>The latest changes of roles, from the audit log, with who made them and for whom.</summary>
public sealed class RoleChangesQuery(ReSomaDbContext db)
{
    public const int Shown = 10;

    public async Task<IReadOnlyList<RoleChange>> RunAsync(CancellationToken cancellationToken = default) =>
        await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.RolesChanged)
            .OrderByDescending(e => e.Id).Take(Shown)
            .Select(e => new RoleChange(
                e.At,
                db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.DisplayName).FirstOrDefault(),
                db.Users.Where(u => u.Id == e.SubjectUserId).Select(u => u.DisplayName).FirstOrDefault(),
                e.SubjectUserId,
                e.Details))
            .ToListAsync(cancellationToken);
}
