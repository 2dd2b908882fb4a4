using ReSoma.Web.Features.Admin.Cycles;
using ReSoma.Web.Features.Admin.DemoContent;
using ReSoma.Web.Features.Admin.Users;

namespace ReSoma.Web.Features.Admin;

public static class AdminFeature
{
    public static IServiceCollection AddAdminFeature(this IServiceCollection services)
    {
        services.AddScoped<UserListQuery>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<DemoContentRemover>();
        services.AddCycleAdministration();
        return services;
    }
}
