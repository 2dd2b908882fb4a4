namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>The editors' back office for consultations. Needs, registered elsewhere: <c>SeatAllocator</c>,
/// <c>SiteAddress</c> and <c>MailQueue</c> (infrastructure), <c>ConsultationMails</c> (the consultations feature).</summary>
public static class ConsultationsEditorFeature
{
    public static IServiceCollection AddConsultationsEditor(this IServiceCollection services)
    {
        services.AddScoped<EditorConsultationListQuery>();
        services.AddScoped<ConsultationEditor>();
        services.AddScoped<ConsultationCancellation>();
        services.AddScoped<ConsultationPeopleQuery>();
        services.AddScoped<ConsultationDeskQuery>();
        services.AddScoped<ParticipantsCsv>();
        services.AddScoped<ParticipantMailing>();
        services.AddScoped<ContributionModeration>();
        services.AddScoped<ContributionAttachments>();
        return services;
    }
}
