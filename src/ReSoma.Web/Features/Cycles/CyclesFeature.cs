using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Cycles;

public static class CyclesFeature
{
    public static IServiceCollection AddCyclesFeature(this IServiceCollection services)
    {
        services.AddScoped<CycleListQuery>();
        services.AddScoped<CyclePageQuery>();
        services.AddScoped<EvidenceMapQuery>();
        services.AddScoped<ProposalListQuery>();
        services.AddScoped<ProposeTopic>();
        services.AddScoped<CyclesPersonalData>();
        services.AddScoped<IPersonalDataSource>(sp => sp.GetRequiredService<CyclesPersonalData>());
        services.AddScoped<IAccountDeletionStep>(sp => sp.GetRequiredService<CyclesPersonalData>());
        return services;
    }
}
