namespace ReSoma.Web.Features.Topics;

public static class TopicsFeature
{
    public static IServiceCollection AddTopicsFeature(this IServiceCollection services)
    {
        services.AddScoped<TopicListQuery>();
        services.AddScoped<TopicDetailsQuery>();
        services.AddScoped<TopicCalendarQuery>();
        return services;
    }
}
