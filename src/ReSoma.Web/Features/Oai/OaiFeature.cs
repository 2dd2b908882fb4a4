namespace ReSoma.Web.Features.Oai;

public static class OaiFeature
{
    public static IServiceCollection AddOaiFeature(this IServiceCollection services)
    {
        services.AddOptions<OaiOptions>().BindConfiguration(OaiOptions.Section);
        services.AddSingleton<ResumptionTokens>();
        services.AddScoped<OaiRecords>();
        services.AddScoped<OaiProtocol>();
        return services;
    }
}
