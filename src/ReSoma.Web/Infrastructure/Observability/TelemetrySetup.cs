using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ReSoma.Web.Infrastructure.Health;

namespace ReSoma.Web.Infrastructure.Observability;

/// <summary>
/// OpenTelemetry traces and metrics, exported by OTLP, only when an endpoint is configured: the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (with the other <c>OTEL_*</c> settings the exporter reads) or <c>Telemetry:OtlpEndpoint</c>.
/// Without one nothing is registered, so nothing listens and nothing is kept. See docs/decisions/0031-observability.md.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "resoma-portal";
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string PortalEndpointSetting = "Telemetry:OtlpEndpoint";

    public static WebApplicationBuilder AddPortalTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrWhiteSpace(configuration[EndpointSetting]))
        {
            var endpoint = configuration[PortalEndpointSetting];
            if (string.IsNullOrWhiteSpace(endpoint))
            {
                return builder;
            }

            // The exporter reads the standard name, with its protocol, headers and timeout beside it.
            configuration[EndpointSetting] = endpoint;
        }

        var version = typeof(TelemetrySetup).Assembly.GetName().Version?.ToString();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: version,
                serviceInstanceId: $"{Environment.MachineName}-{Environment.ProcessId}"))
            // No EF Core source: EF Core writes no spans; SQL Server's commands come from SqlClient, SQLite has none.
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments(HealthSetup.Path))
                .AddHttpClientInstrumentation()
                .AddSqlClientInstrumentation())
            // ASP.NET Core's instrumentation adds its own meters (Microsoft.AspNetCore.Hosting, .Server.Kestrel, .Routing,
            // .RateLimiting, ...); EF Core's meter counts contexts, queries and saves.
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddSqlClientInstrumentation()
                .AddMeter("Microsoft.EntityFrameworkCore"))
            .UseOtlpExporter();
        return builder;
    }
}
