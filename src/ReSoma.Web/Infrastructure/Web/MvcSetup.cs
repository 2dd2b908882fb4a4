using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;

namespace ReSoma.Web.Infrastructure.Web;

public static class MvcSetup
{
    /// <summary>The antiforgery cookie: the one cookie that never keeps a public page out of the output cache.</summary>
    public const string AntiforgeryCookieName = "resoma.af";

    public static IServiceCollection AddPortalMvc(this IServiceCollection services)
    {
        var featureFolders = new FeatureFolders();
        services.AddControllersWithViews(o =>
        {
            o.Conventions.Add(featureFolders);
            // Every unsafe method (POST, PUT, DELETE...) must carry a valid antiforgery token; a missing one is a 400.
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Filters.Add<InvalidFormFilter>();
            o.Filters.Add<ConcurrencyConflictFilter>();

            // Before MVC's own binders, so every checkbox of every form gets it.
            o.ModelBinderProviders.Insert(0, new CheckboxModelBinderProvider());
        })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.AddSendableRedirects();
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(featureFolders));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AntiforgeryCookieName;
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.AddRouting(o => o.LowercaseUrls = true);
        return services;
    }
}
