namespace ReSoma.Web.Features.Findability;

public static class FindabilityFeature
{
    public static IServiceCollection AddFindabilityFeature(this IServiceCollection services) => services.AddScoped<SitemapQuery>();
}
