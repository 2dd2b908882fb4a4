using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Notifications;

public static class NotificationsFeature
{
    public static IServiceCollection AddNotificationsFeature(this IServiceCollection services)
    {
        services.AddScoped<IPersonalDataSource, NotificationsPersonalData>();
        return services;
    }
}
