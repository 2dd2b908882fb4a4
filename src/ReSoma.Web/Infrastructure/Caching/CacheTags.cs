namespace ReSoma.Web.Infrastructure.Caching;

/// <summary>
/// The kinds of content a cached page can show. A page is tagged with every kind it shows, and a saved change to
/// that kind evicts it (<see cref="CacheEviction"/>). The layout shows the current cycle's topics, so every page
/// also depends on <see cref="Cycles"/>.
/// </summary>
public static class CacheTags
{
    public const string Briefs = "briefs";
    public const string Consultations = "consultations";
    public const string Events = "events";
    public const string Interviews = "interviews";
    public const string News = "news";
    public const string Cycles = "cycles";
    public const string Search = "search";

    /// <summary>The announced news that the feeds of followable things list.</summary>
    public const string FollowFeeds = "follow-feeds";

    /// <summary>Evicted by every change to public content: for pages that gather a bit of everything (home, topics,
    /// cycles, sitemap, site search, OAI).</summary>
    public const string AnyContent = "any-content";

    /// <summary>Every tag: what a change of an unknown kind evicts.</summary>
    public static readonly IReadOnlyList<string> All = [Briefs, Consultations, Events, Interviews, News, Cycles, Search, FollowFeeds, AnyContent];
}
