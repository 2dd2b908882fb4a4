namespace ReSoma.Web.Features.Cycles;

public static class CyclesFeature
{
    public static IServiceCollection AddCyclesFeature(this IServiceCollection services)
    {
        services.AddScoped<CycleListQuery>();
        services.AddScoped<CyclePageQuery>();
        services.AddScoped<ProposalWindow>();
        services.AddScoped<ProposalListQuery>();
        services.AddScoped<ProposeTopic>();
        return services;
    }
}
