using ReSoma.Web.Features.Admin.Audit;
using ReSoma.Web.Features.Admin.Cycles;
using ReSoma.Web.Features.Admin.DemoContent;
using ReSoma.Web.Features.Admin.Users;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Admin;

public static class AdminFeature
{
    public static IServiceCollection AddAdminFeature(this IServiceCollection services)
    {
        services.AddScoped<UserListQuery>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<DemoContentRemover>();
        services.AddScoped<AuditLogQuery>();
        services.AddScoped<IPersonalDataSource, AuditPersonalData>();
        services.AddCycleAdministration();
        return services;
    }
}
