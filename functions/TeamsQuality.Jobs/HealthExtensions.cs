using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamsQuality.Storage;

namespace TeamsQuality.Jobs;

/// <summary>
/// Readiness and liveness, the same in both hosts. Readiness (<c>/healthz</c>: 503 while table storage, or the shared
/// PostgreSQL job storage, does not answer) and liveness (<c>/healthz/live</c>: 200 while the process runs) are apart,
/// so an outage of a dependency is reported without the platform restarting a process that cannot fix it (Azure's
/// health check is on liveness, see infra/main.bicep).
/// </summary>
public static class HealthExtensions
{
    /// <summary>The tag of the checks readiness runs.</summary>
    public const string ReadyTag = "ready";

    public const string ReadinessPath = "/healthz";

    public const string LivenessPath = "/healthz/live";

    public static IServiceCollection AddTeamsQualityHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag])
            .AddCheck<JobStorageHealthCheck>("job storage", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapTeamsQualityHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        return endpoints;
    }

    // A short status: "ok", or which dependency does not answer (no exception details).
    private static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status == HealthStatus.Healthy
                ? "ok"
                : string.Join(", ", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key + " unavailable")),
        });
}

/// <summary>
/// Readiness of the shared job storage (PostgreSQL; in-memory job storage lives and dies with the process, so it is
/// not checked): one indexed count in Hangfire's schema through Hangfire's own connection (so
/// it signs in as the jobs do), within a couple of seconds. While PostgreSQL does not answer no job can be taken or
/// scheduled, so the process is not ready.
/// </summary>
public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (storage is not Hangfire.PostgreSql.PostgreSqlStorage)
        {
            return HealthCheckResult.Healthy("Job storage is in the process.");
        }

        try
        {
            // Hangfire's storage API is synchronous: run it off the request's thread and stop waiting at the timeout.
            await Task.Run(
                () =>
                {
                    using var connection = storage.GetConnection();
                    return connection.GetAllItemsFromSet("teamsquality:health").Count;
                },
                cancellationToken).WaitAsync(ProbeTimeout, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Job storage does not answer.", ex);
        }
    }
}
