using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Infrastructure.Caching;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>
/// Suggestions are asked for at every keystroke, and are the same for every anonymous visitor: the output cache keeps
/// each answer a minute. Any saved change to a search document (a title, a publication, an unpublication) empties
/// it at once (<see cref="CacheEviction"/>, tag <see cref="CacheTags.Search"/>), so an unpublished title is never
/// suggested from the cache.
/// </summary>
public static class SuggestionCache
{
    public const string Policy = "search-suggestions";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public static void AddPolicy(OutputCacheOptions options) =>
        options.AddPolicy(Policy, b => b.Expire(Lifetime).SetVaryByQuery("q").Tag(CacheTags.Search));
}
