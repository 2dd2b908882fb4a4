namespace ReSoma.Web.Features.Interviews.Photos;

public static class InterviewPhotosFeature
{
    /// <summary>Photo storage and its endpoint; the interview editor registers it, as the only way photos arrive.</summary>
    public static IServiceCollection AddInterviewPhotos(this IServiceCollection services)
    {
        services.AddScoped<InterviewPhotos>();
        services.AddScoped<InterviewPhotoQuery>();
        return services;
    }
}
