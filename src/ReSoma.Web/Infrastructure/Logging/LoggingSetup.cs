using Serilog;

namespace ReSoma.Web.Infrastructure.Logging;

public static class LoggingSetup
{
    /// <summary>Serilog from the <c>Serilog</c> configuration section, with one summary line per request.</summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, configuration) => configuration
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    // One line per request (method, path, status, time); no user names or query strings with personal data.
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) => app.UseSerilogRequestLogging();
}
