using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>The briefs an interview can point readers to, for the form (injected into the view, so the list
/// survives a re-render): the newest, plus any already chosen however old.</summary>
public sealed class InterviewBriefChoices(ReSomaDbContext db)
{
    private const int Newest = 300;

    /// <summary>The title is content (in its own language); series and status are interface and are worded by the view.</summary>
    public async Task<IReadOnlyList<(int Id, string Title, BriefSeries Series, BriefStatus Status)>> ForAsync(IReadOnlyCollection<int> chosen)
    {
        var newest = await Rows(db.Briefs.Where(b => b.Status != BriefStatus.Withdrawn).OrderByDescending(b => b.PublishedOn).ThenByDescending(b => b.Id).Take(Newest));
        var older = chosen.Count == 0 ? [] : await Rows(db.Briefs.Where(b => chosen.Contains(b.Id)));
        var briefs = newest.Concat(older.Where(o => newest.All(n => n.Id != o.Id)));
        return briefs
            .OrderByDescending(b => b.PublishedOn).ThenBy(b => b.Title, StringComparer.Ordinal)
            .Select(b => (b.Id, b.Title, b.Series, b.Status))
            .ToList();
    }

    private static Task<List<BriefChoice>> Rows(IQueryable<Brief> briefs) =>
        briefs.AsNoTracking().Select(b => new BriefChoice(b.Id, b.Title, b.Series, b.Status, b.PublishedOn)).ToListAsync();

    private sealed record BriefChoice(int Id, string Title, BriefSeries Series, BriefStatus Status, DateOnly? PublishedOn);
}
