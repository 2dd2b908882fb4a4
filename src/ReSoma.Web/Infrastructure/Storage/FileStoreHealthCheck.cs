using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ReSoma.Web.Infrastructure.Storage;

/// <summary>Readiness: the configured file store takes and gives files (<see cref="IFileStore.ProbeAsync"/>).</summary>
public sealed class FileStoreHealthCheck(IFileStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var kind = store.GetType().Name;
        try
        {
            await store.ProbeAsync(cancellationToken);
            return HealthCheckResult.Healthy(kind);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration?.FailureStatus ?? HealthStatus.Unhealthy, $"{kind}: {e.Message}", e);
        }
    }
}
