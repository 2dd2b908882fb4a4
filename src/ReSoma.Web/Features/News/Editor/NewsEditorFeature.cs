namespace ReSoma.Web.Features.News.Editor;

/// <summary>The editors' back office for news. Needs <c>NewsImages</c> and <c>NewsPageQuery</c> from the news feature.</summary>
public static class NewsEditorFeature
{
    public static IServiceCollection AddNewsEditor(this IServiceCollection services)
    {
        services.AddScoped<EditorNewsListQuery>();
        services.AddScoped<NewsEditor>();
        services.AddScoped<NewsImageUploads>();
        services.AddScoped<EventChoices>();
        return services;
    }
}
