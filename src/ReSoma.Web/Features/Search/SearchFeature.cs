namespace ReSoma.Web.Features.Search;

public static class SearchFeature
{
    public static IServiceCollection AddSearchFeature(this IServiceCollection services) => services.AddScoped<SiteSearchQuery>().AddScoped<SearchSuggestions>();
}
