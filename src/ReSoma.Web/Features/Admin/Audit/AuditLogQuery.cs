using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Audit;

public sealed record AuditRow(DateTimeOffset At, string Actor, string? ActorId, AuditAction Action, string SubjectKind, string SubjectTitle, string? SubjectPath, string? SubjectUser, string? SubjectUserId, string Details);

public sealed record AuditLogPage(IReadOnlyList<AuditRow> Rows, AuditAction? Action, int Page, int PageCount, int Total);

/// <summary>The audit log, newest first, with names looked up now (a deleted account shows as such).</summary>
public sealed class AuditLogQuery(ReSomaDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditLogPage> RunAsync(string? action, int page, CancellationToken cancellationToken = default)
    {
        AuditAction? wanted = Enum.TryParse<AuditAction>(action, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var entries = db.AuditEntries.AsNoTracking();
        if (wanted is { } only)
        {
            entries = entries.Where(e => e.Action == only);
        }

        var total = await entries.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await entries.OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new
            {
                Entry = e,
                Actor = db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.DisplayName).FirstOrDefault(),
                Subject = db.Users.Where(u => u.Id == e.SubjectUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new AuditLogPage(
            rows.Select(r => new AuditRow(r.Entry.At, ActorName(r.Entry.ActorUserId, r.Actor), r.Entry.ActorUserId, r.Entry.Action, r.Entry.SubjectKind,
                r.Entry.SubjectTitle, r.Entry.SubjectPath, r.Entry.SubjectUserId is null ? null : r.Subject ?? "a deleted account", r.Entry.SubjectUserId, r.Entry.Details)).ToList(),
            wanted, page, pageCount, total);
    }

    private static string ActorName(string? id, string? name) => id is null ? "the portal (schedule)" : name ?? "a deleted account";
}
