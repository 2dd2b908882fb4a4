namespace ReSoma.Web.Infrastructure.Notifications;

public static class NotificationsSetup
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton<SubscriptionTokens>();
        services.AddScoped<FollowerState>();
        services.AddScoped<ReSoma.Web.Features.Shared.VisitorTime>();
        services.AddSingleton<SubscriptionLinks>();
        services.AddSingleton<DigestSender>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestSender>());
        return services;
    }
}
