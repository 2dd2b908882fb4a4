using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>What the wizard shows: the current cycle's topics to carry over and the stakeholders' proposals, by area.</summary>
public sealed class OpenCycleForm(ReSomaDbContext db, TimeProvider clock)
{
    /// <param name="year">The year asked for in the address; the default is the year after the current cycle.</param>
    public async Task<OpenCyclePage> BlankAsync(int? year, CancellationToken cancellationToken = default)
    {
        var currentYear = await db.Cycles.Where(c => c.IsCurrent).Select(c => (int?)c.Year).FirstOrDefaultAsync(cancellationToken);
        return await WithInputAsync(OpenCycleInput.Blank(YearOrDefault(year, currentYear)), [], cancellationToken);
    }

    /// <summary>The form as posted, with its rows kept and the counts that triggered a warning.</summary>
    public async Task<OpenCyclePage> WithInputAsync(OpenCycleInput input, IReadOnlyList<AreaCount> counts, CancellationToken cancellationToken = default)
    {
        input.WithEmptyRows();
        var current = await db.Cycles.AsNoTracking().Where(c => c.IsCurrent).Select(c => new { c.Id, c.Year }).FirstOrDefaultAsync(cancellationToken);
        var topics = current is null
            ? []
            : await db.Topics.AsNoTracking().Where(t => t.CycleId == current.Id).OrderBy(t => t.Title)
                .Select(t => new { t.Area, Option = new CarryOverOption(t.Id, t.Title, t.Origin) }).ToListAsync(cancellationToken);

        var proposalsYear = YearOrDefault(input.Year, current?.Year);
        var proposals = await db.TopicProposals.AsNoTracking().Where(p => p.Year == proposalsYear).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => new { p.Area, Option = new ProposalOption(p.Id, p.Title, p.Rationale, p.ProposedByName, p.CreatedAt, p.AdoptedTopicId != null) })
            .ToListAsync(cancellationToken);
        var years = await db.TopicProposals.AsNoTracking().Where(p => p.AdoptedTopicId == null).GroupBy(p => p.Year).OrderBy(g => g.Key)
            .Select(g => new ProposalYear(g.Key, g.Count())).ToListAsync(cancellationToken);

        var areas = AreaNames.All.Select(area => new AreaChoices(
                area,
                topics.Where(t => t.Area == area).Select(t => t.Option).ToList(),
                proposals.Where(p => p.Area == area).Select(p => p.Option).ToList(),
                input.NewTopics.Select((row, index) => (row, index)).Where(r => r.row.Area == area).Select(r => r.index).ToList()))
            .ToList();
        return new OpenCyclePage(input, current?.Year, proposalsYear, areas, years, counts.Where(c => c.Count != Cycle.TopicsPerArea).ToList());
    }

    // The year after the current cycle (or this year on a portal without one) stands in for a missing or absurd year.
    private int YearOrDefault(int? year, int? currentYear)
    {
        var now = clock.GetUtcNow();
        return year is { } y && Cycle.IsSensibleYear(y, now) ? y : currentYear + 1 ?? now.Year;
    }
}
