using ReSoma.Web.Data;
using Serilog;
using Serilog.Events;

namespace ReSoma.Web.Infrastructure.Logging;

public static class LoggingSetup
{
    /// <summary>Serilog from the <c>Serilog</c> configuration section, with one summary line per request.</summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: each host logs through its own logger, not the process-wide Log.Logger, which the
        // last host started would otherwise take over (several portals in one test process, each with its sinks).
        builder.Services.AddSerilog((services, configuration) => configuration
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(), preserveStaticLogger: true);
        return builder;
    }

    // One line per request (method, path, status, time); no user names or query strings with personal data.
    // A request that met a busy or unreachable database is a warning (it answers 503 and passes by itself), not an error.
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) => app.UseSerilogRequestLogging(o => o.GetLevel = (context, _, error) =>
        SqliteFaults.IsUnavailable(error) || context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable ? LogEventLevel.Warning
        : error is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : LogEventLevel.Information);
}
