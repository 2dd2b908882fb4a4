using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ReSoma.Web.Infrastructure.Security;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>
/// ASP.NET Core's rate limiter with the portal's named policies, per client address; the same policies per target
/// account are applied by <see cref="LimitPerAccountAttribute"/> once the form is bound. A refused request answers
/// 429 with <c>Retry-After</c> and the portal's "Too many requests" page (status code pages).
/// With Redis configured the limits hold across instances (<see cref="WindowLimiters"/>), else per instance: see
/// docs/decisions/0018-sign-in-and-rate-limits.md and 0029-shared-state.md.
/// </summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddPortalRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<WindowLimiters>();
        services.AddSingleton<AccountRateLimits>();
        services.AddRateLimiter(o =>
        {
            // The default is 503, which would tell the visitor the portal is down.
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var seconds = WindowLimiters.RetryAfter(context.Lease);
                var http = context.HttpContext;
                var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "global";
                Refuse(http, seconds, policy);

                // No body is written, so the status code pages show /error/429 in the portal's look.
                return ValueTask.CompletedTask;
            };
        });

        // Limits are read when the limiter is built, not at registration, so settings added late (tests) count too.
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, WindowLimiters>((o, options, limiters) =>
        {
            var limits = options.Value;
            AddPerAddress(o, limiters, RateLimitPolicies.QuestionnaireAnswers, limits.QuestionnaireAnswers);
            foreach (var policy in RateLimitPolicies.PerAccount)
            {
                AddPerAddress(o, limiters, policy, limits.For(policy).PerAddress);
            }
        });
        return services;
    }

    /// <summary>The client's address: the proxy's unless forwarded headers from a known proxy say otherwise.</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Answers 429 with the time to wait, and logs the refusal as a security event.</summary>
    public static void Refuse(HttpContext http, TimeSpan retryAfter, string policy)
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitingSetup));
        SecurityEvents.RateLimited(logger, policy, http.Request.Method, http.Request.Path, ClientAddress(http));
    }

    /// <summary>A fixed window per key, no queue: the limiter used for every policy, per address and per account.</summary>
    public static FixedWindowRateLimiterOptions Window(WindowLimit limit) => new()
    {
        PermitLimit = Math.Max(1, limit.PermitLimit),
        Window = TimeSpan.FromSeconds(Math.Max(1, limit.WindowSeconds)),
        QueueLimit = 0,
    };

    private static void AddPerAddress(RateLimiterOptions options, WindowLimiters limiters, string policy, WindowLimit limit) =>
        options.AddPolicy(policy, context => limiters.Partition(policy, ClientAddress(context), limit));
}
