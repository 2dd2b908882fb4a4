using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Redis;
using StackExchange.Redis;

namespace ReSoma.Web.Infrastructure.Health;

/// <summary>
/// What an orchestrator or load balancer asks: <c>/health/live</c> (the process answers; no check runs, so a slow
/// database never gets an instance restarted) and <c>/health/ready</c> (every check tagged <see cref="Ready"/>: send
/// it traffic). <c>/health</c> stays as it was, every check with a plain-text answer. See docs/decisions/0031-observability.md.
/// </summary>
public static class HealthSetup
{
    public const string Path = "/health";
    public const string Ready = "ready";

    /// <summary>How long one check may take. A check that gives up answers Unhealthy; a probe waits for its answer.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IHealthChecksBuilder AddPortalHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        // A query, not EF's default "can connect": for SQLite that only asks whether the file exists, and a file locked by
        // another process or on a failing disk exists all the same.
        var checks = services.AddHealthChecks().AddDbContextCheck<ReSomaDbContext>("database", tags: [Ready],
            customTestQuery: async (db, cancellationToken) =>
            {
                await db.Roles.AnyAsync(cancellationToken);
                return true;
            });

        // After every registration, the Redis and storage checks included.
        checks.Services.PostConfigure<HealthCheckServiceOptions>(o =>
        {
            foreach (var registration in o.Registrations.Where(r => r.Timeout == Timeout.InfiniteTimeSpan))
            {
                registration.Timeout = CheckTimeout;
            }
        });

        if (RedisSetup.IsConfigured(configuration))
        {
            // The portal's own connection (RedisSetup): it fails fast while Redis is away, so the probe answers at once.
            checks.AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), "redis", tags: [Ready]);
        }

        return checks;
    }

    /// <summary>
    /// A check that <c>/health/ready</c> (and <c>/health</c>) runs and <c>/health/live</c> does not: the place for the
    /// storage check and any other dependency an instance cannot serve without.
    /// </summary>
    public static IHealthChecksBuilder AddReadinessCheck<T>(this IHealthChecksBuilder checks, string name)
        where T : class, IHealthCheck => checks.AddCheck<T>(name, tags: [Ready]);

    public static WebApplication MapPortalHealthChecks(this WebApplication app)
    {
        Probe(app.MapHealthChecks(Path));
        Probe(app.MapHealthChecks(Path + "/live", new HealthCheckOptions { Predicate = _ => false }));
        Probe(app.MapHealthChecks(Path + "/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = HealthResponse.WriteAsync,
        }));
        return app;
    }

    // A probe is answered fresh every time (the health check middleware also sends no-store), never waits behind a
    // rate limit, and stays out of the request metrics, which would otherwise count mostly probes.
    private static void Probe(IEndpointConventionBuilder endpoint) => endpoint
        .CacheOutput(policy => policy.NoCache())
        .DisableRateLimiting()
        .DisableHttpMetrics();
}
