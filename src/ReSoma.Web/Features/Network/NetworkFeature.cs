using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Network;

public static class NetworkFeature
{
    public static IServiceCollection AddNetworkFeature(this IServiceCollection services)
    {
        services.AddScoped<IPersonalDataSource, NetworkPersonalData>();
        return services;
    }
}
