using Microsoft.AspNetCore.Localization;

namespace ReSoma.Web.Infrastructure.Languages;

/// <summary>The <c>culture</c> cookie holds a bare language code ("fr"); anything else in it is ignored.</summary>
public sealed class PlainCookieCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var value = httpContext.Request.Cookies[PortalLanguages.CookieName];
        return Task.FromResult(PortalLanguages.IsSupported(value) ? new ProviderCultureResult(value!.ToLowerInvariant()) : null);
    }
}
