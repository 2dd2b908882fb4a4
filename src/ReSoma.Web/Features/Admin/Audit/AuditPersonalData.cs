using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Admin.Audit;

/// <summary>
/// What the audit log says about a person (as actor or as subject) is in their export. The entries are not removed
/// with the account: they hold only an id, never a name or address, and the log must show what happened.
/// </summary>
public sealed class AuditPersonalData(ReSomaDbContext db) : IPersonalDataSource
{
    public string Section => "auditLog";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(AuditEntry)];

    public async Task<object?> CollectAsync(string userId, CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking().Where(e => e.ActorUserId == userId || e.SubjectUserId == userId).OrderBy(e => e.Id)
            .Select(e => new { e.At, Action = e.Action.ToString(), ByYou = e.ActorUserId == userId, AboutYou = e.SubjectUserId == userId, e.SubjectKind, e.SubjectTitle, e.Details })
            .ToListAsync(cancellationToken);
}
