using System.Security.Claims;
using Microsoft.AspNetCore.Diagnostics;

namespace ReSoma.Web.Infrastructure.Security;

/// <summary>
/// Logs refusals as security events whichever part of the portal refused: 403 (a role or owner check) and 409 (an
/// edit that lost to someone else's). 429 is logged where it is decided (<see cref="Web.RateLimitingSetup.Refuse"/>).
/// </summary>
public static class SecurityEventLogging
{
    public static IApplicationBuilder UseSecurityEventLogging(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);

        // The status code page re-runs the pipeline for the same refusal: log it once.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return;
        }

        var status = context.Response.StatusCode;
        if (status is not (StatusCodes.Status403Forbidden or StatusCodes.Status409Conflict))
        {
            return;
        }

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SecurityEventLogging));
        var user = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
        if (status == StatusCodes.Status403Forbidden)
        {
            SecurityEvents.AccessDenied(logger, context.Request.Method, context.Request.Path, user);
        }
        else
        {
            SecurityEvents.EditConflict(logger, context.Request.Method, context.Request.Path, user);
        }
    });
}
