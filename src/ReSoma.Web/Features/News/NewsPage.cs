using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.News;

/// <summary>A news item's public page. The editors' preview renders the same model with <see cref="IsPreview"/> set.</summary>
public sealed record NewsPage(
    int Id,
    string Title,
    string Slug,
    DateOnly Date,
    string Teaser,
    string Body,
    string Language,
    NewsImage? Image,
    bool IsPublished,
    IReadOnlyList<NewsTopicLink> Topics,
    IReadOnlyList<NewsEventLink> Events,
    bool IsPreview = false)
{
    public string Path => "/news/" + Slug;

    public static NewsPage From(NewsPost post, bool isPreview) => new(
        post.Id,
        post.Title,
        post.Slug,
        post.Date,
        post.Teaser,
        post.Body,
        post.Language,
        NewsImage.Of(post.Id, post.ImageStoredName, post.ImageAlt, post.Version),
        post.IsPublished,
        post.Topics.OrderBy(t => t.Area).ThenBy(t => t.Title, StringComparer.Ordinal).Select(t => new NewsTopicLink(t.Title, t.Slug, t.Area)).ToList(),
        // Readers only see events that are public; the preview also lists the others, unlinked, so the editor knows.
        post.Events.Where(e => isPreview || e.IsPublished).OrderBy(e => e.StartsAt)
            .Select(e => new NewsEventLink(e.Title, e.Slug, e.StartsAt, e.TimeZoneId, e.City, e.IsPublished)).ToList(),
        isPreview);
}

/// <summary>
/// An item's image as pages show it. Its address carries the item's version, so a replaced image is never served stale
/// from a cache (the same rule as interview photos).
/// </summary>
public sealed record NewsImage(string Url, string Alt)
{
    public static NewsImage? Of(int id, string? storedName, string alt, int version) =>
        storedName is null ? null : new NewsImage($"/news/images/{id}?v={version}", alt);
}

public sealed record NewsTopicLink(string Title, string Slug, Area Area);

/// <summary>A related event; an unpublished one appears only in previews, without a link.</summary>
public sealed record NewsEventLink(string Title, string Slug, DateTimeOffset StartsAt, string TimeZoneId, string? City, bool IsPublished);
