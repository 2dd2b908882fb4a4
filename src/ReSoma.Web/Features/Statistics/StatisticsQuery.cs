using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Usage;

namespace ReSoma.Web.Features.Statistics;

/// <summary>Counts of a month per item and per series, and a brief's counts per month. Counted in the database, named
/// in memory (a month has as many groups as items used, not as many rows as uses).</summary>
public sealed class StatisticsQuery(ReSomaDbContext db, TimeProvider clock)
{
    public const int ChoiceMonths = 24;
    public const int ChartMonths = 12;

    public UsageMonth ThisMonth => UsageMonth.Of(clock.GetUtcNow().UtcDateTime);

    public async Task<StatisticsPage> MonthAsync(UsageMonth month, CancellationToken cancellationToken = default)
    {
        var (start, end) = (month.Start, month.End);
        var counts = await db.UsageHits.AsNoTracking()
            .Where(h => h.Hour >= start && h.Hour < end)
            .GroupBy(h => new { h.ItemKind, h.ItemId, h.Metric })
            .Select(g => new { g.Key.ItemKind, g.Key.ItemId, g.Key.Metric, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var briefIds = counts.Where(c => c.ItemKind == UsageKinds.Brief).Select(c => c.ItemId).Distinct().ToList();
        var briefs = await db.Briefs.AsNoTracking().Where(b => briefIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Title, b.Slug, b.Series }).ToDictionaryAsync(b => b.Id, cancellationToken);
        var interviewIds = counts.Where(c => c.ItemKind == UsageKinds.Interview).Select(c => c.ItemId).Distinct().ToList();
        var interviews = await db.Interviews.AsNoTracking().Where(i => interviewIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, i.Slug, i.Year, i.Month }).ToDictionaryAsync(i => i.Id, cancellationToken);

        var rows = new List<UsageRow>();
        foreach (var item in counts.GroupBy(c => (c.ItemKind, c.ItemId)))
        {
            int Of(UsageMetric metric) => item.Where(c => c.Metric == metric).Sum(c => c.Count);
            if (item.Key.ItemKind == UsageKinds.Brief && briefs.TryGetValue(item.Key.ItemId, out var b))
            {
                rows.Add(new UsageRow(UsageKinds.Brief, b.Id, b.Title, "/briefs/" + b.Slug, b.Series.DisplayName(), Of(UsageMetric.View), Of(UsageMetric.Download)));
            }
            else if (item.Key.ItemKind == UsageKinds.Interview && interviews.TryGetValue(item.Key.ItemId, out var i))
            {
                rows.Add(new UsageRow(UsageKinds.Interview, i.Id, i.Title, $"/interviews/{i.Year}/{i.Month}/{i.Slug}", "Interview", Of(UsageMetric.View), Of(UsageMetric.Download)));
            }
        }

        var series = BriefSeriesNames.All.Select(s => (Name: s.PluralName(), Label: s.DisplayName())).Append((Name: "Interviews", Label: "Interview"));
        var bySeries = series.Select(s => rows.Where(r => r.Series == s.Label).ToList() is var items
            ? new SeriesUsage(s.Name, items.Count, items.Sum(r => r.Views), items.Sum(r => r.Downloads))
            : null!).ToList();

        var choices = Enumerable.Range(0, ChoiceMonths).Select(n => UsageMonth.Of(ThisMonth.Start.AddMonths(-n))).ToList();
        return new StatisticsPage(month, choices, rows.OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal).ToList(), bySeries);
    }

    /// <summary>The last twelve months up to this one; null when there is no such brief.</summary>
    public async Task<BriefUsagePage?> BriefAsync(int id, CancellationToken cancellationToken = default)
    {
        var brief = await db.Briefs.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.Id, b.Title, b.Slug, b.Language }).FirstOrDefaultAsync(cancellationToken);
        if (brief is null)
        {
            return null;
        }

        var months = Enumerable.Range(0, ChartMonths).Select(n => UsageMonth.Of(ThisMonth.Start.AddMonths(n - ChartMonths + 1))).ToList();
        var (start, end) = (months[0].Start, months[^1].End);
        var counts = await db.UsageHits.AsNoTracking()
            .Where(h => h.ItemKind == UsageKinds.Brief && h.ItemId == id && h.Hour >= start && h.Hour < end)
            .GroupBy(h => new { h.Hour.Year, h.Hour.Month, h.Metric })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Metric, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Of(UsageMonth month, UsageMetric metric) =>
            counts.Where(c => c.Year == month.Year && c.Month == month.Month && c.Metric == metric).Sum(c => c.Count);
        return new BriefUsagePage(brief.Id, brief.Title, brief.Slug,
            months.Select(m => new MonthUsage(m, Of(m, UsageMetric.View), Of(m, UsageMetric.Download))).ToList(), brief.Language);
    }
}
