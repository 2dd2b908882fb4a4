using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Briefs.Editor;

public sealed record EditorBriefRow(int Id, string Title, string Slug, BriefSeries Series, BriefStatus Status, string Topic, DateOnly? PublishedOn, DateTimeOffset UpdatedAt, bool HasPdf, string Language);

public sealed record EditorBriefList(IReadOnlyList<EditorBriefRow> Rows, BriefStatus? Status, string? Query, int Drafts, int Published, int Withdrawn);

/// <summary>Every brief, whatever its status, for the editors' list: most recently changed first.</summary>
public sealed class EditorBriefListQuery(ReSomaDbContext db)
{
    public async Task<EditorBriefList> RunAsync(string? status, string? q, CancellationToken cancellationToken = default)
    {
        BriefStatus? wanted = Enum.TryParse<BriefStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var briefs = db.Briefs.AsNoTracking();
        if (wanted is { } s)
        {
            briefs = briefs.Where(b => b.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            briefs = briefs.Where(b => b.Title.Contains(term));
        }

        var rows = await briefs.OrderByDescending(b => b.UpdatedAt).Take(500)
            .Select(b => new EditorBriefRow(b.Id, b.Title, b.Slug, b.Series, b.Status, b.Topic!.Title, b.PublishedOn, b.UpdatedAt, b.PdfStoredName != null, b.Language))
            .ToListAsync(cancellationToken);
        var counts = await db.Briefs.GroupBy(b => b.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(BriefStatus s) => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0;
        return new EditorBriefList(rows, wanted, q, Count(BriefStatus.Draft), Count(BriefStatus.Published), Count(BriefStatus.Withdrawn));
    }
}
