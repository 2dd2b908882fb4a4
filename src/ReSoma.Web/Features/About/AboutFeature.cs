namespace ReSoma.Web.Features.About;

public static class AboutFeature
{
    public static IServiceCollection AddAboutFeature(this IServiceCollection services) => services.AddScoped<PartnersQuery>();
}
