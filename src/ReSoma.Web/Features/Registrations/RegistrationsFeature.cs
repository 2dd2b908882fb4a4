using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Registrations;

/// <summary>The pages of the registration mechanism (Infrastructure/Registrations): a person's registrations, and the
/// editors' participants list, check-in and registration settings, for consultations and events alike.</summary>
public static class RegistrationsFeature
{
    public static IServiceCollection AddRegistrationsFeature(this IServiceCollection services)
    {
        services.AddScoped<MyRegistrationsQuery>();
        services.AddScoped<RegistrationsPersonalData>();
        services.AddScoped<IPersonalDataSource>(sp => sp.GetRequiredService<RegistrationsPersonalData>());
        services.AddScoped<IAccountDeletionStep>(sp => sp.GetRequiredService<RegistrationsPersonalData>());
        return services;
    }
}
