using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Telemetry;

/// <summary>
/// With an OTLP endpoint configured, the portal sends its traces and metrics there (here a receiver on loopback,
/// OTLP over HTTP with protobuf); without one, OpenTelemetry is not even registered.
/// </summary>
public sealed class TelemetryTests
{
    private sealed class ExportingPortalFactory(string endpoint) : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Telemetry:OtlpEndpoint"] = endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        };
    }

    [Fact]
    public async Task A_page_request_reaches_the_collector_as_a_trace_and_as_metrics()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        using var factory = new ExportingPortalFactory(receiver.Address);
        factory.Reset();
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/privacy")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        var wait = TimeSpan.FromSeconds(20);
        Assert.True(await receiver.WaitForAsync("traces", body => HasValue(body, "/privacy") && HasValue(body, "resoma-portal"), wait),
            "no trace export with a span for /privacy");
        Assert.True(await receiver.WaitForAsync("metrics", body => Contains(body, "http.server.request.duration"), wait),
            "no metrics export with the request duration");

        // Probes are left out of traces, or a collector would hold mostly probes.
        Assert.DoesNotContain(receiver.Exports, e => e.Signal == "traces" && HasValue(e.Body, "/health/live"));
    }

    [Fact]
    public void Without_an_endpoint_no_telemetry_is_registered()
    {
        using var factory = new PortalFactory();
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    // A whole protobuf string field holding just this text (its length byte, then its bytes), as a server span's
    // url.path holds a path. The process's client spans (other tests' HttpClient calls, which the portal's tracer also
    // hears) hold paths only inside a full URL.
    private static bool HasValue(byte[] body, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return body.AsSpan().IndexOf([(byte)bytes.Length, .. bytes]) >= 0;
    }
}
