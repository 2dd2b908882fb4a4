using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews;

public sealed record InterviewArchiveItem(
    int Year, int Month, string Title, string Slug, string ExpertName, string ExpertRole, string ExpertOrganisation, string Standfirst,
    IReadOnlyList<InterviewTopicLink> Topics, string Language)
{
    public InterviewMonth InterviewMonth => new(Year, Month);

    public string Path => InterviewPage.PathOf(InterviewMonth, Slug);
}

/// <summary>One year of the archive, its months newest first.</summary>
public sealed record InterviewArchiveYear(int Year, IReadOnlyList<InterviewArchiveItem> Items);

public sealed record InterviewArchivePage(
    InterviewArchiveFilters Filters,
    IReadOnlyList<InterviewArchiveYear> Years,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<InterviewFilterChip> Active,
    IReadOnlyList<string> Notices,
    IReadOnlyList<InterviewFilterOption> YearOptions,
    IReadOnlyList<InterviewFilterOption> AreaOptions,
    IReadOnlyList<InterviewFilterOption> TopicOptions)
{
    /// <summary>The filters understood, spelled one way: the archive's own address (its canonical link).</summary>
    public required InterviewArchiveFilters Understood { get; init; }
}

/// <summary>
/// The published interviews by year and month, newest first, filtered by year, area and topic. A value that means
/// nothing (<c>area=space</c>) is ignored with a notice rather than failing, so an old or mistyped link still works.
/// </summary>
public sealed class InterviewArchiveQuery(ReSomaDbContext db, IStringLocalizer<InterviewArchiveQuery> localizer)
{
    public const int PageSize = 12;

    public async Task<InterviewArchivePage> RunAsync(InterviewArchiveFilters filters, CancellationToken cancellationToken = default)
    {
        var published = db.Interviews.AsNoTracking().Where(i => i.Status == InterviewStatus.Published);
        var years = (await published.Select(i => i.Year).Distinct().ToListAsync(cancellationToken)).OrderDescending().ToList();
        var topics = await published.SelectMany(i => i.Topics)
            .Select(t => new { Slug = t.FirstEntry != null ? t.FirstEntry.Slug : t.Slug, t.Title, Year = t.FirstEntry != null ? t.FirstEntry.Cycle!.Year : t.Cycle!.Year }).Distinct()
            .ToListAsync(cancellationToken);
        var topicOptions = topics.OrderByDescending(t => t.Year).ThenBy(t => t.Title, StringComparer.Ordinal)
            .Select(t => new InterviewFilterOption(t.Slug, $"{t.Title} ({t.Year})")).ToList();

        var (resolved, active, notices) = Resolve(filters, years, topicOptions);
        var interviews = Filtered(published, resolved);
        var total = await interviews.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Max(1, filters.Page);
        if (page > pageCount && total > 0)
        {
            notices.Add(pageCount == 1 ? localizer["There is only 1 page of interviews."] : localizer["There are only {0} pages of interviews.", pageCount]);
        }

        var items = await interviews.OrderByDescending(i => i.Year).ThenByDescending(i => i.Month).ThenByDescending(i => i.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new InterviewArchiveItem(
                i.Year, i.Month, i.Title, i.Slug, i.ExpertName, i.ExpertRole, i.ExpertOrganisation, i.Standfirst,
                i.Topics.OrderBy(t => t.Area).ThenBy(t => t.Title).Select(t => new InterviewTopicLink(t.Title, t.FirstEntry != null ? t.FirstEntry.Slug : t.Slug, t.Area)).ToList(), i.Language))
            .ToListAsync(cancellationToken);

        return new InterviewArchivePage(
            filters,
            items.GroupBy(i => i.Year).Select(g => new InterviewArchiveYear(g.Key, g.ToList())).ToList(),
            total,
            page,
            pageCount,
            active,
            notices,
            years.Select(y => new InterviewFilterOption(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))).ToList(),
            AreaNames.All.Select(x => new InterviewFilterOption(x.Slug(), localizer[x.DisplayName()])).ToList(),
            topicOptions)
        {
            Understood = resolved.AsFilters(page),
        };
    }

    private (ResolvedInterviewFilters Resolved, List<InterviewFilterChip> Active, List<string> Notices) Resolve(
        InterviewArchiveFilters filters, IReadOnlyList<int> years, IReadOnlyList<InterviewFilterOption> topicOptions)
    {
        var active = new List<InterviewFilterChip>();
        var notices = new List<string>();
        int? year = null;
        if (!string.IsNullOrWhiteSpace(filters.Year))
        {
            if (int.TryParse(filters.Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && years.Contains(y))
            {
                year = y;
                active.Add(new InterviewFilterChip(localizer["Year: {0}", y], filters.With("year", null)));
            }
            else
            {
                notices.Add(localizer["There are no interviews from the year \"{0}\", so that filter was ignored.", filters.Year]);
            }
        }

        var area = AreaNames.FromSlug(filters.Area?.Trim());
        if (area is { } a)
        {
            active.Add(new InterviewFilterChip(localizer["Area: {0}", localizer[a.DisplayName()].Value], filters.With("area", null)));
        }
        else if (!string.IsNullOrWhiteSpace(filters.Area))
        {
            notices.Add(localizer["The area \"{0}\" is not known, so that filter was ignored.", filters.Area]);
        }

        var topic = topicOptions.FirstOrDefault(t => string.Equals(t.Value, filters.Topic?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (topic is not null)
        {
            active.Add(new InterviewFilterChip(localizer["Topic: {0}", topic.Label], filters.With("topic", null)));
        }
        else if (!string.IsNullOrWhiteSpace(filters.Topic))
        {
            notices.Add(localizer["No interview is about the topic \"{0}\", so that filter was ignored.", filters.Topic]);
        }

        return (new ResolvedInterviewFilters(year, area, topic?.Value), active, notices);
    }

    private static IQueryable<Interview> Filtered(IQueryable<Interview> interviews, ResolvedInterviewFilters f)
    {
        if (f.Year is { } year)
        {
            interviews = interviews.Where(i => i.Year == year);
        }

        if (f.Area is { } area)
        {
            interviews = interviews.Where(i => i.Topics.Any(t => t.Area == area));
        }

        if (f.TopicSlug is { } slug)
        {
            interviews = interviews.Where(i => i.Topics.Any(t => t.Slug == slug || (t.FirstEntry != null && t.FirstEntry.Slug == slug)));
        }

        return interviews;
    }
}
