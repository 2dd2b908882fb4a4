using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Discussions;

/// <summary>The comments on topics, briefs, interviews and consultations (docs/decisions/0047-comments.md).</summary>
public static class DiscussionsFeature
{
    public static IServiceCollection AddDiscussionsFeature(this IServiceCollection services)
    {
        services.AddScoped<DiscussionsPersonalData>();
        services.AddScoped<IPersonalDataSource>(sp => sp.GetRequiredService<DiscussionsPersonalData>());
        services.AddScoped<IAccountDeletionStep>(sp => sp.GetRequiredService<DiscussionsPersonalData>());
        return services;
    }
}
