using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.News.Editor;

public sealed record EditorNewsRow(int Id, string Title, string Slug, DateOnly Date, bool IsPublished, DateTimeOffset UpdatedAt, bool HasImage);

public sealed record EditorNewsList(IReadOnlyList<EditorNewsRow> Rows, bool? Published, int Drafts, int PublishedCount);

/// <summary>Every news item, draft or published, for the editors' list: newest date first.</summary>
public sealed class EditorNewsListQuery(ReSomaDbContext db)
{
    public async Task<EditorNewsList> RunAsync(string? status, CancellationToken cancellationToken = default)
    {
        bool? published = status?.ToLowerInvariant() switch
        {
            "draft" => false,
            "published" => true,
            _ => null,
        };
        var posts = db.NewsPosts.AsNoTracking();
        if (published is { } p)
        {
            posts = posts.Where(n => n.IsPublished == p);
        }

        var rows = await posts.OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).Take(500)
            .Select(n => new EditorNewsRow(n.Id, n.Title, n.Slug, n.Date, n.IsPublished, n.UpdatedAt, n.ImageStoredName != null))
            .ToListAsync(cancellationToken);
        var publishedCount = await db.NewsPosts.CountAsync(n => n.IsPublished, cancellationToken);
        var total = await db.NewsPosts.CountAsync(cancellationToken);
        return new EditorNewsList(rows, published, total - publishedCount, publishedCount);
    }
}
