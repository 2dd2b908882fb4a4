namespace ReSoma.Web.Domain;

/// <summary>
/// Content that is public only once published. <see cref="IsPublic"/> is the one rule every public path goes by:
/// pages, search entries (their keywords and snippets included), feeds, the sitemap, OAI-PMH and calendars. Text
/// taken from related content (a news item's events) is taken only from related content that is public itself.
/// Topics are public from the start and carry no such state.
/// </summary>
public interface IPublicContent
{
    bool IsPublic { get; }
}

public static class PublicContent
{
    /// <summary>The titles of those related items that are public, for search keywords.</summary>
    public static IEnumerable<string> PublicTitles<T>(this IEnumerable<T> items, Func<T, string> title)
        where T : IPublicContent => items.Where(i => i.IsPublic).Select(title);
}
