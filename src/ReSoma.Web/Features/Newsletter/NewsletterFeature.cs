namespace ReSoma.Web.Features.Newsletter;

public static class NewsletterFeature
{
    public static IServiceCollection AddNewsletterFeature(this IServiceCollection services)
    {
        services.AddScoped<NewsletterListQuery>();
        services.AddScoped<NewsletterEditor>();
        services.AddScoped<NewsletterSender>();
        return services;
    }
}
