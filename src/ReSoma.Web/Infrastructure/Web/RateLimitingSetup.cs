using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>Limits per client address, from <c>RateLimits:{Policy}</c> settings.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public WindowLimit QuestionnaireAnswers { get; set; } = new();
}

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/> from one address.</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; } = 10;
    public int WindowSeconds { get; set; } = 600;
}

/// <summary>
/// ASP.NET Core's rate limiter with the portal's named policies. Actions opt in with
/// <c>[EnableRateLimiting(RateLimitingSetup.QuestionnaireAnswers)]</c>; a rejected request answers 429 and is shown
/// the portal's "Too many requests" page by the status code pages.
/// </summary>
public static class RateLimitingSetup
{
    /// <summary>Readers' questionnaire answers: the anonymous "once per browser" rule costs a new cookie to get
    /// around, so the number of answers one address can send is limited as well.</summary>
    public const string QuestionnaireAnswers = "questionnaire-answers";

    public static IServiceCollection AddPortalRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(o =>
        {
            // The default is 503, which would tell the reader the portal is down.
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                // No body is written, so the status code pages show /error/429 in the portal's look.
                return ValueTask.CompletedTask;
            };
        });

        // Limits are read when the limiter is built, not at registration, so settings added late (tests) count too.
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
        {
            var answers = limits.Value.QuestionnaireAnswers;
            o.AddPolicy(QuestionnaireAnswers, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, answers.PermitLimit),
                    Window = TimeSpan.FromSeconds(Math.Max(1, answers.WindowSeconds)),
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    // Behind a reverse proxy this is the proxy's address unless forwarded headers are configured.
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
