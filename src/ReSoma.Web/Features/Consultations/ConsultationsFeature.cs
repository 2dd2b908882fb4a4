using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Consultations;

public static class ConsultationsFeature
{
    public static IServiceCollection AddConsultationsFeature(this IServiceCollection services)
    {
        services.AddScoped<ConsultationListQuery>();
        services.AddScoped<ConsultationPageQuery>();
        services.AddScoped<ContributionMails>();
        services.AddScoped<ContributionCommands>();
        services.AddOptions<ContributionOptions>().BindConfiguration(ContributionOptions.Section);
        services.AddScoped<ConsultationsPersonalData>();
        services.AddScoped<IPersonalDataSource>(sp => sp.GetRequiredService<ConsultationsPersonalData>());
        services.AddScoped<IAccountDeletionStep>(sp => sp.GetRequiredService<ConsultationsPersonalData>());
        return services;
    }
}
