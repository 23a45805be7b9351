using System.Linq.Expressions;
using Hangfire;
using Microsoft.Extensions.Logging;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Activities;

namespace TeamsQuality.Jobs.Tenants;

/// <summary>
/// Runs a scheduled job's work tenant by tenant, so one tenant never stops another: a tenant whose work fails (bad
/// data, a storage error in its partitions) is logged and a Hangfire job is scheduled to try that tenant alone again
/// (with Hangfire's own retries after that), while the run goes on with the other tenants.
/// Chosen over fanning every run out into one background job per tenant: a run stays one job with one result (the
/// dashboard and the tests see what it did), the jobs keep their "not twice at once" guard, and only a tenant that
/// failed costs an extra job.
/// A tenant the operator has not enabled (<see cref="TenantPolicies.IsEnabled(string)"/>) is passed by: one that was
/// enabled and is no longer keeps its data, but nothing is planned, reminded or sent for it.
/// </summary>
public sealed class EachTenant(TenantRegistry tenants, TenantPolicies policies, IBackgroundJobClient jobs, ILogger<EachTenant> logger)
{
    /// <summary>When a tenant that failed is tried again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(5);

    /// <summary>How often Hangfire tries a tenant's retry job before it gives up (the next scheduled run tries anyway).</summary>
    public const int RetryAttempts = 3;

    /// <summary>
    /// Does the work for every tenant in the registry and returns the results of those that succeeded. A failure is
    /// logged and <paramref name="retry"/> (given the tenant id) is scheduled for that tenant.
    /// </summary>
    /// <param name="alsoNotEnabled">Also for tenants not enabled: only for clearing away what is no longer needed.</param>
    public async Task<IReadOnlyList<T>> RunAsync<TJob, T>(
        string jobName, Func<TenantId, Task<T>> work, Func<string, Expression<Func<TJob, Task>>> retry, CancellationToken cancellationToken, bool alsoNotEnabled = false)
    {
        var results = new List<T>();
        foreach (var tenantId in await tenants.ListAsync(cancellationToken))
        {
            if (!alsoNotEnabled && !policies.IsEnabled(tenantId))
            {
                logger.LogDebug("{Job} passes tenant {Tenant} by: it is not enabled", jobName, LogSafe.Of(tenantId));
                continue;
            }

            // A span per tenant in the job's span: which tenant took how long, and which failed.
            using var span = JobsTelemetry.Source.StartActivity("tenant");
            span?.SetTag("job", jobName);
            span?.SetTag("tenant", tenantId);
            try
            {
                results.Add(await work(new TenantId(tenantId)));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
                logger.LogError(ex, "{Job} failed for tenant {Tenant}; the other tenants go on, and this one is tried again in {Delay}", jobName, LogSafe.Of(tenantId), RetryAfter);
                try
                {
                    jobs.Schedule(retry(tenantId), RetryAfter);
                }
                catch (Exception scheduling)
                {
                    logger.LogError(scheduling, "Could not schedule {Job} again for tenant {Tenant}; its next run tries it", jobName, LogSafe.Of(tenantId));
                }
            }
        }

        return results;
    }
}
