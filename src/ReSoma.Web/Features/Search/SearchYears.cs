using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Search;

/// <summary>The years a search can be narrowed to: from the oldest dated public document to the newest.</summary>
public static class SearchYears
{
    public static async Task<IReadOnlyList<int>> OfPublicDocumentsAsync(ReSomaDbContext db, CancellationToken cancellationToken)
    {
        // Two lookups on the (IsPublic, PublishedAt) index rather than one scan of every document.
        var dated = db.SearchDocuments.AsNoTracking().Where(d => d.IsPublic && d.PublishedAt != null).Select(d => d.PublishedAt);
        var oldest = await dated.OrderBy(d => d).FirstOrDefaultAsync(cancellationToken);
        var newest = await dated.OrderByDescending(d => d).FirstOrDefaultAsync(cancellationToken);
        return oldest is { } from && newest is { } until
            ? Enumerable.Range(from.Year, until.Year - from.Year + 1).Reverse().ToList()
            : [];
    }

    /// <summary>A calendar year as a range of dates (UTC), as the documents' dates are compared.</summary>
    public static (DateTimeOffset From, DateTimeOffset Until) Span(int year) =>
        (new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
