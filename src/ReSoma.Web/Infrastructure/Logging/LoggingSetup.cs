using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Health;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace ReSoma.Web.Infrastructure.Logging;

public static class LoggingSetup
{
    /// <summary><c>text</c> or <c>json</c>: how the console log is written.</summary>
    public const string ConsoleFormatSetting = "Serilog:ConsoleFormat";

    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Serilog from the <c>Serilog</c> configuration section, with one summary line per request. The console gets
    /// readable lines in Development and one JSON object per line elsewhere (<see cref="WritesJson"/>), which carries
    /// the trace and span ids (<c>@tr</c>, <c>@sp</c>) of the request it was written in.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        var json = WritesJson(builder.Configuration, builder.Environment);

        // preserveStaticLogger: each host logs through its own logger, not the process-wide Log.Logger, which the
        // last host started would otherwise take over (several portals in one test process, each with its sinks).
        builder.Services.AddSerilog((services, configuration) =>
        {
            configuration
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            if (json)
            {
                configuration.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                configuration.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>Whether the console log is JSON: <see cref="ConsoleFormatSetting"/> when set, else everywhere but Development.</summary>
    public static bool WritesJson(IConfiguration configuration, IHostEnvironment environment) => configuration[ConsoleFormatSetting] switch
    {
        { } format when format.Equals("json", StringComparison.OrdinalIgnoreCase) => true,
        { } format when format.Equals("text", StringComparison.OrdinalIgnoreCase) => false,
        _ => !environment.IsDevelopment(),
    };

    // One line per request (method, path, status, time); no user names or query strings with personal data.
    // A request that met a busy or unreachable database is a warning (it answers 503 and passes by itself), not an error.
    // A probe that finds the portal well is not worth a line every few seconds.
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) => app.UseSerilogRequestLogging(o =>
    {
        // The host's logger: without it the middleware writes to the static Log.Logger, which preserveStaticLogger leaves silent.
        o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        o.GetLevel = (context, _, error) =>
            SqliteFaults.IsUnavailable(error) || context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable ? LogEventLevel.Warning
            : error is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
            : context.Request.Path.StartsWithSegments(HealthSetup.Path) ? LogEventLevel.Debug
            : LogEventLevel.Information;
    });
}
