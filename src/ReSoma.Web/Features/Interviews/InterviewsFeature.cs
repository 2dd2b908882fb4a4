using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Interviews;

public static class InterviewsFeature
{
    public static IServiceCollection AddInterviewsFeature(this IServiceCollection services)
    {
        services.AddScoped<InterviewPageQuery>();
        services.AddScoped<QuestionnaireResultsQuery>();
        services.AddScoped<InterviewArchiveQuery>();
        services.AddScoped<InterviewFeed>();
        services.AddScoped<QuestionnaireAnswers>();
        services.AddScoped<InterviewsPersonalData>();
        services.AddScoped<IPersonalDataSource>(sp => sp.GetRequiredService<InterviewsPersonalData>());
        services.AddScoped<IAccountDeletionStep>(sp => sp.GetRequiredService<InterviewsPersonalData>());
        return services;
    }
}
