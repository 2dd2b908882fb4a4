namespace ReSoma.Web.Features.Admin.Cycles;

public static class CycleAdministrationFeature
{
    public static IServiceCollection AddCycleAdministration(this IServiceCollection services)
    {
        services.AddScoped<AdminCycleListQuery>();
        services.AddScoped<AdminCyclePageQuery>();
        services.AddScoped<OpenCycleForm>();
        services.AddScoped<OpenCycleWizard>();
        services.AddScoped<CycleOpener>();
        services.AddScoped<CyclePhaseMover>();
        services.AddScoped<CyclePlanner>();
        return services;
    }
}
