namespace ReSoma.Web.Infrastructure.Usage;

/// <summary>Usage counting (docs/decisions/0037-usage-counting.md): registration and the middleware.</summary>
public static class UsageCounting
{
    private const int MaxUserAgent = 512;

    public static IServiceCollection AddUsageCounting(this IServiceCollection services)
    {
        services.AddSingleton<UsageQueue>();
        services.AddSingleton<DailySalts>();
        services.AddSingleton(_ => RobotList.Shipped());
        services.AddSingleton<UsageWriter>();
        services.AddScoped<UsageTotals>();
        services.AddHostedService<UsageRecorder>();
        return services;
    }

    /// <summary>
    /// Counts successful GETs of actions marked <see cref="CountsUsageAttribute"/>. Placed before HEAD handling and the
    /// output cache: it sees the real method (HEAD is not counted), and the endpoint and status after the rest of the
    /// pipeline ran, including answers from the cache. It only queues; the writer does the rest.
    /// </summary>
    public static IApplicationBuilder UseUsageCounting(this IApplicationBuilder app)
    {
        var queue = app.ApplicationServices.GetRequiredService<UsageQueue>();
        var clock = app.ApplicationServices.GetRequiredService<TimeProvider>();
        return app.Use(async (context, next) =>
        {
            var isGet = HttpMethods.IsGet(context.Request.Method);
            await next(context);
            if (!isGet || context.Response.StatusCode != StatusCodes.Status200OK
                || context.GetEndpoint()?.Metadata.GetMetadata<CountsUsageAttribute>() is not { } counts
                || context.Request.RouteValues[counts.SlugParameter] is not string slug)
            {
                return;
            }

            var agent = context.Request.Headers.UserAgent.ToString();
            queue.TryEnqueue(new UsageEvent(counts.Kind, slug, counts.Metric, clock.GetUtcNow(),
                context.Connection.RemoteIpAddress?.ToString(), agent.Length > MaxUserAgent ? agent[..MaxUserAgent] : agent));
        });
    }
}
