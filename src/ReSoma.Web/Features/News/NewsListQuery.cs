using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.News;

public sealed record NewsListItem(string Title, string Slug, DateOnly Date, string Teaser, NewsImage? Image, string Language);

public sealed record NewsListPage(IReadOnlyList<NewsListItem> Items, int Total, int Page, int PageCount, IReadOnlyList<string> Notices)
{
    /// <summary>The page asked for lies past the last one: the view offers the way back.</summary>
    public bool IsPastTheEnd => Page > PageCount;
}

/// <summary>The published news, newest date first, a page at a time.</summary>
public sealed class NewsListQuery(ReSomaDbContext db, IStringLocalizer<NewsListQuery> localizer)
{
    public const int PageSize = 10;

    /// <param name="page">As typed in the address: anything that is not a page number shows the first page with a notice.</param>
    public async Task<NewsListPage> RunAsync(string? page, CancellationToken cancellationToken = default)
    {
        var notices = new List<string>();
        var number = 1;
        if (!string.IsNullOrWhiteSpace(page))
        {
            if (int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1)
            {
                number = parsed;
            }
            else
            {
                notices.Add(localizer["There is no page \"{0}\", so the first page is shown.", page]);
            }
        }

        var published = db.NewsPosts.AsNoTracking().Where(n => n.IsPublished);
        var total = await published.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (number > pageCount)
        {
            // Nothing to read, and (number - 1) * PageSize could overflow for a page like 2147483647.
            notices.Add(pageCount == 1 ? localizer["There is only 1 page of news."] : localizer["There are only {0} pages of news.", pageCount]);
            return new NewsListPage([], total, number, pageCount, notices);
        }

        var items = (await published.OrderByDescending(n => n.Date).ThenByDescending(n => n.Id)
            .Skip((number - 1) * PageSize).Take(PageSize)
            .Select(n => new { n.Id, n.Title, n.Slug, n.Date, n.Teaser, n.Language, n.ImageStoredName, n.ImageAlt, n.Version })
            .ToListAsync(cancellationToken))
            .Select(n => new NewsListItem(n.Title, n.Slug, n.Date, n.Teaser, NewsImage.Of(n.Id, n.ImageStoredName, n.ImageAlt, n.Version), n.Language))
            .ToList();
        return new NewsListPage(items, total, number, pageCount, notices);
    }
}
