using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace ReSoma.Web.Infrastructure.Caching;

/// <summary>
/// The output cache of public pages: an anonymous GET is answered from memory when the same address was rendered in
/// the last minute and nothing it shows has changed since (eviction by tag, <see cref="CacheEviction"/>).
/// </summary>
/// <remarks>
/// What is never cached, whatever the page: a signed-in request (or one with any cookie but the antiforgery one or the language choice,
/// which a page may read, such as the questionnaire's reader cookie), a range request, an answer other than 200, an
/// answer that sets a cookie, and an answer marked <c>no-store</c> — which antiforgery does for every page carrying a
/// form token, so a token is never handed to another visitor.
/// <para>What only the clock changes (a deadline passing, the month's interview) is bounded by the minute: an entry
/// belongs to the minute of the portal's clock it was made in, so it is never older than that minute on any clock
/// the portal runs on (tests move a fake one).</para>
/// </remarks>
public sealed class PublicPagePolicy : IOutputCachePolicy
{
    public const string Name = "public-page";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private static readonly object EvictionsAtStart = new();

    private readonly IReadOnlySet<string> _harmlessCookies;
    private readonly TimeProvider _clock;
    private readonly EvictionCount _evictions;

    /// <param name="harmlessCookies">Cookies a cached page may be served to: antiforgery's, and the language choice
    /// (the page varies by the request's language, which that cookie only chooses).</param>
    public PublicPagePolicy(IReadOnlySet<string> harmlessCookies, TimeProvider clock, EvictionCount evictions)
    {
        _harmlessCookies = harmlessCookies;
        _clock = clock;
        _evictions = evictions;
    }

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.HttpContext.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && !request.Headers.ContainsKey(HeaderNames.Range)
            && request.Cookies.All(c => _harmlessCookies.Contains(c.Key));
        context.HttpContext.Items[EvictionsAtStart] = _evictions.Current;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["language"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["minute"] = (_clock.GetUtcNow().ToUnixTimeSeconds() / 60).ToString(CultureInfo.InvariantCulture);
        context.ResponseExpirationTimeSpan = Lifetime;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || !Equals(context.HttpContext.Items[EvictionsAtStart], _evictions.Current)
            || response.Headers.CacheControl.Any(v => v is not null && (v.Contains("no-store", StringComparison.OrdinalIgnoreCase) || v.Contains("private", StringComparison.OrdinalIgnoreCase))))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
