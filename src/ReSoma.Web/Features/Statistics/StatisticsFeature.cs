namespace ReSoma.Web.Features.Statistics;

public static class StatisticsFeature
{
    public static IServiceCollection AddStatisticsFeature(this IServiceCollection services) => services.AddScoped<StatisticsQuery>();
}
