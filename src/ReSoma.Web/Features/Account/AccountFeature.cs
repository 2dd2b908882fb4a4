using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Account;

public static class AccountFeature
{
    public static IServiceCollection AddAccountFeature(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<OrganisationLookup>();
        services.AddScoped<RegisterStakeholder>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<ProfileCommands>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<IPersonalDataSource, ProfileDataSource>();
        services.AddScoped<AccountDeletion>();
        return services;
    }
}
