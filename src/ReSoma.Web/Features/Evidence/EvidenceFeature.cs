using ReSoma.Web.Infrastructure.Evidence;

namespace ReSoma.Web.Features.Evidence;

/// <summary>The pages of the evidence links (Infrastructure/Evidence): the editors' links of a brief, and a
/// contributor's own contributions with the briefs that cite them.</summary>
public static class EvidenceFeature
{
    public static IServiceCollection AddEvidenceFeature(this IServiceCollection services)
    {
        services.AddScoped<EvidenceLinks>();
        services.AddScoped<CitationMails>();
        services.AddScoped<MyContributionsQuery>();
        return services;
    }
}
