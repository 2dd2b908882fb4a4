using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Topics;

public sealed record TopicListPage(
    IReadOnlyList<CycleTopics> Cycles,
    IReadOnlyList<int> Years,
    int? Year,
    Area? Area,
    IReadOnlyList<string> Notices);

/// <summary>Topics by cycle (current first, then the archive, newest first) and by area.</summary>
public sealed class TopicListQuery(ReSomaDbContext db, IStringLocalizer<TopicListQuery> localizer)
{
    public async Task<TopicListPage> RunAsync(string? year, string? area, CancellationToken cancellationToken = default)
    {
        var notices = new List<string>();
        var years = await db.Cycles.AsNoTracking().OrderByDescending(c => c.Year).Select(c => c.Year).ToListAsync(cancellationToken);

        int? selectedYear = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year, out var y) && years.Contains(y))
            {
                selectedYear = y;
            }
            else
            {
                notices.Add(localizer["There is no cycle \"{0}\", so all cycles are shown.", year]);
            }
        }

        var selectedArea = AreaNames.FromSlug(area);
        if (!string.IsNullOrWhiteSpace(area) && selectedArea is null)
        {
            notices.Add(localizer["There is no area \"{0}\", so all areas are shown.", area!]);
        }

        var cycles = await CycleGroups.LoadAsync(db, selectedYear, selectedArea, cancellationToken);
        return new TopicListPage(cycles, years, selectedYear, selectedArea, notices);
    }
}
