using HealthChecks.UI.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ReSoma.Web.Infrastructure.Health;

/// <summary>
/// The readiness answer in the HealthChecks UI format (status, and each check's status, duration and tags), without
/// descriptions, exceptions or data: anyone may call the probe, and a failed check's exception can name a server, a
/// file path or a connection string. The details go to the log, where the health check service writes every failure.
/// </summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        UIResponseWriter.WriteHealthCheckUIResponse(context, new HealthReport(
            report.Entries.ToDictionary(e => e.Key, e => new HealthReportEntry(e.Value.Status, description: null, e.Value.Duration, exception: null, data: null, e.Value.Tags)),
            report.Status,
            report.TotalDuration));
}
