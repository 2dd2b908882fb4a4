namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>The editors' back office for consultations. Needs, registered elsewhere: the registration mechanism
/// (infrastructure) and <c>ContributionMails</c> (the consultations feature).</summary>
public static class ConsultationsEditorFeature
{
    public static IServiceCollection AddConsultationsEditor(this IServiceCollection services)
    {
        services.AddScoped<EditorConsultationListQuery>();
        services.AddScoped<ConsultationEditor>();
        services.AddScoped<ConsultationCancellation>();
        services.AddScoped<ConsultationDeskQuery>();
        services.AddScoped<ContributionModeration>();
        services.AddScoped<ContributionAttachments>();
        return services;
    }
}
