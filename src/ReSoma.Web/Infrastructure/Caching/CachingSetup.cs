using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Infrastructure.Languages;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Infrastructure.Caching;

public static class CachingSetup
{
    /// <summary>
    /// The output cache: public pages and search suggestions for anonymous visitors (<see cref="PublicPagePolicy"/>),
    /// in at most 64 MB, so that a crawler asking for endless query strings cannot grow the process
    /// (the least recently used answers go first).
    /// </summary>
    public static IServiceCollection AddPortalOutputCache(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.SizeLimit = 64 * 1024 * 1024);
        services.AddSingleton<EvictionCount>();
        services.AddOptions<OutputCacheOptions>().Configure<TimeProvider, EvictionCount>((options, clock, evictions) =>
            options.AddPolicy(PublicPagePolicy.Name, new PublicPagePolicy(new HashSet<string> { MvcSetup.AntiforgeryCookieName, PortalLanguages.CookieName }, clock, evictions)));
        services.AddSingleton<PublicDataCache>();
        services.AddSingleton<CacheEviction>();
        services.AddSingleton<EvictionBroadcast>();
        services.AddHostedService(provider => provider.GetRequiredService<EvictionBroadcast>());
        return services;
    }
}
