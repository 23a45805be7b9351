using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamsQuality.Storage;

/// <summary>
/// Readiness: table storage answers a small read within a couple of seconds. While it does not, the app cannot save
/// anything, so it is not ready (its liveness is a separate check: restarting the process does not bring storage back).
/// </summary>
public sealed class StorageHealthCheck(TableStore tables) : IHealthCheck
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await tables.ProbeAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (StorageAvailability.IsOutage(ex) && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Table storage does not answer.", ex);
        }
    }
}
