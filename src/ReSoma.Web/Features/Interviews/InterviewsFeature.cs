namespace ReSoma.Web.Features.Interviews;

public static class InterviewsFeature
{
    public static IServiceCollection AddInterviewsFeature(this IServiceCollection services)
    {
        services.AddScoped<InterviewPageQuery>();
        services.AddScoped<QuestionnaireResultsQuery>();
        return services;
    }
}
