using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Interviews.Editor;

public sealed record RevisionRow(int Number, string EditorName, DateTimeOffset CreatedAt, string Action);

public sealed record RevisionList(int InterviewId, string Title, IReadOnlyList<RevisionRow> Rows);

public sealed record RevisionComparison(int InterviewId, string Title, RevisionRow From, RevisionRow To, IReadOnlyList<DiffLine> Lines);

/// <summary>An interview's revisions, newest first, and the comparison of any two of them.</summary>
public sealed class InterviewRevisionsQuery(ReSomaDbContext db)
{
    public async Task<RevisionList?> ListAsync(int interviewId, CancellationToken cancellationToken = default)
    {
        var title = await TitleAsync(interviewId, cancellationToken);
        if (title is null)
        {
            return null;
        }

        var rows = await db.InterviewRevisions.AsNoTracking().Where(r => r.InterviewId == interviewId).OrderByDescending(r => r.Number)
            .Select(r => new RevisionRow(r.Number, r.EditorName, r.CreatedAt, r.Action))
            .ToListAsync(cancellationToken);
        return new RevisionList(interviewId, title, rows);
    }

    /// <summary>Revision <paramref name="from"/> against <paramref name="to"/>; without numbers, the latest against
    /// the one before it. Null when the interview or a revision does not exist.</summary>
    public async Task<RevisionComparison?> CompareAsync(int interviewId, int? from, int? to, CancellationToken cancellationToken = default)
    {
        var title = await TitleAsync(interviewId, cancellationToken);
        var revisions = db.InterviewRevisions.AsNoTracking().Where(r => r.InterviewId == interviewId);
        var latest = await revisions.MaxAsync(r => (int?)r.Number, cancellationToken);
        if (title is null || latest is null)
        {
            return null;
        }

        var toNumber = to ?? latest.Value;
        var fromNumber = from ?? Math.Max(1, toNumber - 1);
        var pair = await revisions.Where(r => r.Number == fromNumber || r.Number == toNumber)
            .Select(r => new { Row = new RevisionRow(r.Number, r.EditorName, r.CreatedAt, r.Action), r.Snapshot })
            .ToListAsync(cancellationToken);
        var older = pair.FirstOrDefault(p => p.Row.Number == fromNumber);
        var newer = pair.FirstOrDefault(p => p.Row.Number == toNumber);
        return older is null || newer is null
            ? null
            : new RevisionComparison(interviewId, title, older.Row, newer.Row, SnapshotDiff.Compare(older.Snapshot, newer.Snapshot));
    }

    private Task<string?> TitleAsync(int interviewId, CancellationToken cancellationToken) =>
        db.Interviews.AsNoTracking().Where(i => i.Id == interviewId).Select(i => i.Title).FirstOrDefaultAsync(cancellationToken);
}
