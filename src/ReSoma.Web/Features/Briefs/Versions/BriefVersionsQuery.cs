using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Briefs.Versions;

/// <summary>One line of a brief's version history.</summary>
public sealed record VersionLine(int Number, DateTimeOffset PublishedAt, string ChangeNote);

/// <summary>An earlier (or the current) version as readers open it at <c>/briefs/{slug}/versions/{n}</c>.</summary>
/// <param name="Language">The language the brief is written in, which its versions and their change notes share.</param>
public sealed record VersionPage(string Slug, string CurrentTitle, int Latest, BriefVersion Version, IReadOnlyList<VersionLine> History, string Language);

/// <summary>The versions of public briefs, for readers; drafts' histories stay with the editors.</summary>
public sealed class BriefVersionsQuery(ReSomaDbContext db)
{
    public Task<List<VersionLine>> HistoryAsync(int briefId, CancellationToken cancellationToken = default) =>
        db.BriefVersions.AsNoTracking().Where(v => v.BriefId == briefId).OrderByDescending(v => v.Number)
            .Select(v => new VersionLine(v.Number, v.PublishedAt, v.ChangeNote)).ToListAsync(cancellationToken);

    public async Task<VersionPage?> PublicAsync(string slug, int number, CancellationToken cancellationToken = default)
    {
        var brief = await db.Briefs.AsNoTracking().Where(b => b.Slug == slug && b.Status == BriefStatus.Published)
            .Select(b => new { b.Id, b.Title, b.Language }).FirstOrDefaultAsync(cancellationToken);
        if (brief is null)
        {
            return null;
        }

        var version = await db.BriefVersions.AsNoTracking().FirstOrDefaultAsync(v => v.BriefId == brief.Id && v.Number == number, cancellationToken);
        if (version is null)
        {
            return null;
        }

        var history = await HistoryAsync(brief.Id, cancellationToken);
        return new VersionPage(slug, brief.Title, history[0].Number, version, history, brief.Language);
    }
}
