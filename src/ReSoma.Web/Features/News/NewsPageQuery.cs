using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.News;

/// <summary>One news item for its page. The public sees published items only; editors preview any of them.</summary>
public sealed class NewsPageQuery(ReSomaDbContext db)
{
    public async Task<NewsPage?> PublicAsync(string slug, CancellationToken cancellationToken = default) =>
        await LoadAsync(db.NewsPosts.Where(n => n.Slug == slug && n.IsPublished), cancellationToken) is { } post ? NewsPage.From(post, isPreview: false) : null;

    public async Task<NewsPage?> PreviewAsync(int id, CancellationToken cancellationToken = default) =>
        await LoadAsync(db.NewsPosts.Where(n => n.Id == id), cancellationToken) is { } post ? NewsPage.From(post, isPreview: true) : null;

    private static Task<NewsPost?> LoadAsync(IQueryable<NewsPost> posts, CancellationToken cancellationToken) =>
        posts.AsNoTracking()
            .Include(n => n.Topics)
            .Include(n => n.Events)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
}
