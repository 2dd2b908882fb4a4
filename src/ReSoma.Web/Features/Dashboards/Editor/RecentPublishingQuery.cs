using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Dashboards.Editor;

/// <summary>
/// The latest publications by anyone, from the audit log: every change of what is public is recorded there, whoever
/// or whatever made it (<see cref="Infrastructure.Audit.PublicationAudit"/>). The editor's name is looked up now; the
/// log itself keeps only the account's id.
/// </summary>
public sealed class RecentPublishingQuery(ReSomaDbContext db)
{
    public const int Shown = 10;

    public async Task<IReadOnlyList<PublicationRow>> RunAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.Published)
            .OrderByDescending(e => e.Id).Take(Shown)
            .Select(e => new
            {
                e.At, e.SubjectKind, e.SubjectTitle, e.SubjectPath, e.ActorUserId,
                Actor = db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PublicationRow(r.At, r.SubjectKind, r.SubjectTitle, r.SubjectPath, r.Actor, r.ActorUserId is not null && r.Actor is null)).ToList();
    }
}
