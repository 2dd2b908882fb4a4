using ReSoma.Web.Features.Consultations.Publishing;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Publishing;

namespace ReSoma.Web.Features.Consultations;

public static class ConsultationsFeature
{
    public static IServiceCollection AddConsultationsFeature(this IServiceCollection services)
    {
        services.AddScoped<ConsultationListQuery>();
        services.AddScoped<ConsultationPageQuery>();
        services.AddPublisher<ConsultationPublisher>();
        services.AddScoped<ContributionMails>();
        services.AddScoped<ContributionCommands>();
        services.AddOptions<ContributionOptions>().BindConfiguration(ContributionOptions.Section);
        services.AddScoped<ConsultationsPersonalData>();
        services.AddScoped<IPersonalDataSource>(sp => sp.GetRequiredService<ConsultationsPersonalData>());
        services.AddScoped<IAccountDeletionStep>(sp => sp.GetRequiredService<ConsultationsPersonalData>());
        return services;
    }
}
