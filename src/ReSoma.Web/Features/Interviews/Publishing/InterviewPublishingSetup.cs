namespace ReSoma.Web.Features.Interviews.Publishing;

public static class InterviewPublishingSetup
{
    public static IServiceCollection AddInterviewPublishing(this IServiceCollection services)
    {
        services.AddSingleton<InterviewPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<InterviewPublisher>());
        return services;
    }
}
