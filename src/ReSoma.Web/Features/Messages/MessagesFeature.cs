using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Messages;

public static class MessagesFeature
{
    public static IServiceCollection AddMessagesFeature(this IServiceCollection services)
    {
        services.AddSingleton<BlockTokens>();
        services.AddScoped<MessageSender>();
        services.AddScoped<MessagesPersonalData>();
        services.AddScoped<IPersonalDataSource>(s => s.GetRequiredService<MessagesPersonalData>());
        services.AddScoped<IAccountDeletionStep>(s => s.GetRequiredService<MessagesPersonalData>());
        return services;
    }
}
