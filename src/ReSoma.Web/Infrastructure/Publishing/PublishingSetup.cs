namespace ReSoma.Web.Infrastructure.Publishing;

public static class PublishingSetup
{
    /// <summary>The publishing schedule's loop, once; features add their kinds with <see cref="AddPublisher{T}"/>.</summary>
    public static IServiceCollection AddScheduledPublishing(this IServiceCollection services)
    {
        services.AddSingleton<PublishingRunLog>();
        services.AddHostedService<ScheduledPublisher>();
        return services;
    }

    /// <summary>A kind the schedule publishes. The publisher is also resolvable as itself, so tests and commands can
    /// run one kind on demand.</summary>
    public static IServiceCollection AddPublisher<T>(this IServiceCollection services)
        where T : Publisher
    {
        services.AddSingleton<T>();
        services.AddSingleton<Publisher>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
