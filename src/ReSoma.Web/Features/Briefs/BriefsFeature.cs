using ReSoma.Web.Features.Briefs.Editor;

namespace ReSoma.Web.Features.Briefs;

public static class BriefsFeature
{
    public static IServiceCollection AddBriefsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BriefUploadOptions>(configuration.GetSection(BriefUploadOptions.Section));
        services.AddScoped<BriefFilterResolver>();
        services.AddScoped<BriefListQuery>();
        services.AddScoped<BriefPageQuery>();
        services.AddScoped<BriefPdfs>();
        services.AddScoped<BriefFeed>();
        services.AddScoped<EditorBriefListQuery>();
        services.AddScoped<BriefEditor>();
        services.AddScoped<Versions.BriefVersionRecorder>();
        services.AddScoped<Versions.BriefVersionsQuery>();
        services.AddScoped<BriefPdfUploads>();
        services.AddScoped<EditorConsultationOptions>();
        return services;
    }
}
