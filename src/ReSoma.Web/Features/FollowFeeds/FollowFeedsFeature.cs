namespace ReSoma.Web.Features.FollowFeeds;

public static class FollowFeedsFeature
{
    public static IServiceCollection AddFollowFeedsFeature(this IServiceCollection services)
    {
        services.AddScoped<FollowFeedQuery>();
        services.AddScoped<PrivateFeedReset>();
        return services;
    }
}
