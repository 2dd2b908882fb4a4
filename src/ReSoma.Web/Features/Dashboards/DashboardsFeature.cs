using ReSoma.Web.Features.Dashboards.Admin;
using ReSoma.Web.Features.Dashboards.Editor;

namespace ReSoma.Web.Features.Dashboards;

/// <summary>The editors' and the admins' start pages (decision 0043): read-only summaries that link to where work is done.</summary>
public static class DashboardsFeature
{
    public static IServiceCollection AddDashboardsFeature(this IServiceCollection services)
    {
        services.AddScoped<ModerationQueueQuery>();
        services.AddScoped<NextInterviewQuery>();
        services.AddScoped<ClosingSoonQuery>();
        services.AddScoped<DraftsQuery>();
        services.AddScoped<RecentPublishingQuery>();
        services.AddScoped<EditorDashboardQuery>();
        services.AddScoped<CurrentCycleQuery>();
        services.AddScoped<AccountsQuery>();
        services.AddScoped<RoleChangesQuery>();
        services.AddScoped<BackgroundHealthQuery>();
        services.AddScoped<AdminDashboardQuery>();
        return services;
    }
}
