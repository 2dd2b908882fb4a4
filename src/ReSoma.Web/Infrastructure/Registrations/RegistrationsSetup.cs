namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>The registration mechanism beneath consultations and events (docs/decisions/0032-one-registration-mechanism.md).</summary>
public static class RegistrationsSetup
{
    public static IServiceCollection AddRegistrations(this IServiceCollection services)
    {
        services.AddScoped<SeatAllocator>();
        services.AddScoped<Registrables>();
        services.AddScoped<Registrar>();
        services.AddScoped<SeatPoolChanges>();
        services.AddScoped<RegistrationMails>();
        services.AddScoped<Participants>();
        services.AddScoped<RegistrationPanels>();
        services.AddScoped<Attendance>();
        services.AddScoped<Certificates>();
        services.AddScoped<ParticipantMailing>();
        services.AddScoped<CertificateMailing>();
        services.AddScoped<RegistrationSettings>();
        services.AddSingleton<RegistrationReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<RegistrationReminders>());
        return services;
    }
}
