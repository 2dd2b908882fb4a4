namespace ReSoma.Web.Infrastructure.Mail;

public static class MailSetup
{
    public static IServiceCollection AddPortalMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddScoped<MailSender>();
        services.AddScoped<MailQueue>();
        services.AddSingleton<MailQueueSignal>();
        services.AddSingleton<MailDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<MailDelivery>());
        return services;
    }
}
