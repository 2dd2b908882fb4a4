using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReSoma.Web.Infrastructure.Caching;
using StackExchange.Redis;

namespace ReSoma.Web.Infrastructure.Redis;

/// <summary>
/// Redis, when <c>Redis:Configuration</c> is set (a StackExchange.Redis configuration string such as
/// <c>redis:6379</c>): one connection per process, shared by the output cache, the distributed cache, the rate limits
/// and the eviction broadcast. Without it every one of them stays in the process, which is all one instance needs
/// (docs/decisions/0029-shared-state.md).
/// </summary>
public static class RedisSetup
{
    public const string ConfigurationKey = "Redis:Configuration";

    /// <summary>Keys of every kind start with this, so one Redis can serve other applications too.</summary>
    public const string KeyPrefix = "resoma:";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[ConfigurationKey]);

    /// <summary>Registers the connection and moves the output and distributed caches onto Redis. Call after
    /// <c>AddPortalOutputCache</c>: the Redis store replaces the in-memory one.</summary>
    public static IServiceCollection AddSharedRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            services.AddDistributedMemoryCache();
            return services;
        }

        var options = ConfigurationOptions.Parse(configuration[ConfigurationKey]!);

        // The portal starts, and keeps serving, while Redis is away: the connection retries in the background and
        // /health/ready says what is missing.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2_000); // the first request waits this long at most
        options.BacklogPolicy = BacklogPolicy.FailFast; // a command while disconnected fails now instead of queueing
        options.ClientName ??= "resoma-portal";
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));

        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider>((o, provider) =>
        {
            o.InstanceName = KeyPrefix + "pages:";
            o.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>());
        });
        ForgiveRedisOutages(services);

        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((o, provider) =>
        {
            o.InstanceName = KeyPrefix + "cache:";
            o.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>());
        });
        return services;
    }

    // The Redis store (internal to its package) is built as registered, then wrapped; the in-memory store goes.
    private static void ForgiveRedisOutages(IServiceCollection services)
    {
        var redisStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(provider => new ForgivingOutputCacheStore(
            (IOutputCacheStore)(redisStore.ImplementationInstance
                ?? redisStore.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, redisStore.ImplementationType!)),
            provider.GetRequiredService<IConnectionMultiplexer>(),
            provider.GetRequiredService<ILogger<ForgivingOutputCacheStore>>()));
    }
}
