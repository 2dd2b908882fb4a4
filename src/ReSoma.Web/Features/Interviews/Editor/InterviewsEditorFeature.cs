using ReSoma.Web.Features.Interviews.Photos;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>The editors' back office for the monthly interviews, with the expert photos it uploads. Needs, registered
/// elsewhere: <c>InterviewPageQuery</c> and <c>QuestionnaireResultsQuery</c> (the interviews feature), <c>TopicChoices</c>.</summary>
public static class InterviewsEditorFeature
{
    public static IServiceCollection AddInterviewsEditor(this IServiceCollection services)
    {
        services.AddInterviewPhotos();
        services.AddScoped<InterviewLoader>();
        services.AddScoped<InterviewDrafts>();
        services.AddScoped<InterviewRevisionWriter>();
        services.AddScoped<InterviewEditorsPersonalData>();
        services.AddScoped<IPersonalDataSource>(sp => sp.GetRequiredService<InterviewEditorsPersonalData>());
        services.AddScoped<IAccountDeletionStep>(sp => sp.GetRequiredService<InterviewEditorsPersonalData>());
        services.AddScoped<InterviewEditor>();
        services.AddScoped<InterviewWorkflow>();
        services.AddScoped<InterviewEditPages>();
        services.AddScoped<InterviewPlanQuery>();
        services.AddScoped<InterviewRevisionsQuery>();
        services.AddScoped<InterviewResultsQuery>();
        services.AddScoped<InterviewResultsCsv>();
        services.AddScoped<InterviewBriefChoices>();
        services.AddScoped<EditorAccounts>();
        return services;
    }
}
