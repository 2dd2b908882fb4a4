namespace ReSoma.Web.Features.Followers;

public static class FollowersFeature
{
    public static IServiceCollection AddFollowersFeature(this IServiceCollection services)
    {
        services.AddScoped<FollowerCountsQuery>();
        return services;
    }
}
