namespace ReSoma.Web.Features.News;

public static class NewsFeature
{
    public static IServiceCollection AddNewsFeature(this IServiceCollection services)
    {
        services.AddScoped<NewsListQuery>();
        services.AddScoped<NewsPageQuery>();
        services.AddScoped<NewsFeed>();
        services.AddScoped<NewsImages>();
        return services;
    }
}
