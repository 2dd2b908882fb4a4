using Microsoft.AspNetCore.Localization;

namespace ReSoma.Web.Infrastructure.Languages;

/// <summary>
/// A status or error page is the same request run again on another path, without the address's query: it keeps the
/// language the request already had, so "/missing?culture=fr" answers its 404 in French, cookie or not.
/// </summary>
public sealed class ReExecutedCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        httpContext.Features.Get<IRequestCultureFeature>() is { } earlier
            ? Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(earlier.RequestCulture.Culture.Name, earlier.RequestCulture.UICulture.Name))
            : NullProviderCultureResult;
}
