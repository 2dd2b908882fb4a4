using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ReSoma.Web.Infrastructure.Languages;

public static class LanguagesSetup
{
    /// <summary>
    /// Resources per feature folder, the standard validation and model-binding messages through them, and the
    /// request's language chosen by, in order: the address (<c>?culture=fr</c>, what the switch and hreflang links
    /// use), the <c>culture</c> cookie (the visitor's choice kept), then <c>Accept-Language</c> on a first visit.
    /// </summary>
    public static IServiceCollection AddPortalLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        // Letters of every language are written as themselves ("é", not "&#xE9;"): still encoded where HTML needs it
        // (<, >, &, quotes), and far smaller and more readable on a French page.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<IStringLocalizerFactory, FeatureFolderLocalizerFactory>();
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedBindingMessages>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(PortalLanguages.Default);
            options.SupportedCultures = [.. PortalLanguages.Cultures];
            options.SupportedUICultures = [.. PortalLanguages.Cultures];
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new ReExecutedCultureProvider(),
                new QueryStringRequestCultureProvider { QueryStringKey = PortalLanguages.QueryKey, UIQueryStringKey = PortalLanguages.QueryKey },
                new PlainCookieCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider { MaximumAcceptLanguageHeaderValuesToTry = 5 },
            ];
        });
        return services;
    }

    /// <summary>Sets the request's language, and keeps a choice made through the address in the cookie.</summary>
    public static IApplicationBuilder UsePortalLanguages(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use(async (context, next) =>
        {
            var asked = context.Request.Query[PortalLanguages.QueryKey].ToString();
            if (PortalLanguages.IsSupported(asked) && context.Request.Cookies[PortalLanguages.CookieName] != asked.ToLowerInvariant())
            {
                context.Response.Cookies.Append(PortalLanguages.CookieName, asked.ToLowerInvariant(), new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365), HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps,
                });
            }

            await next();
        });
    }
}
