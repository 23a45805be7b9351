using Hangfire;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Tenants;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Jobs.Deviations;

/// <summary>
/// What the hourly reminders about reports share: they run in each tenant's working hours only, tenant by tenant (a tenant that
/// fails is tried again on its own, see <see cref="EachTenant"/>), let their use case record the reminders that are due
/// in the outbox, and send them in the same run.
/// </summary>
/// <typeparam name="TSelf">The job itself, so Hangfire schedules a failed tenant's retry on it.</typeparam>
public abstract class DeviationReminderJob<TSelf>(DeviationReminderJobs jobs)
    where TSelf : DeviationReminderJob<TSelf>
{
    /// <summary>The job's name in Hangfire and the log.</summary>
    protected abstract string JobId { get; }

    /// <summary>Records what is due for one organisation, by its tenant's settings; returns how many notices were recorded.</summary>
    protected abstract Task<int> RemindAsync(Organisation organisation, TenantPolicy tenant, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records the reminders that are due and sends them; returns how many notices were recorded.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = jobs.Time.GetUtcNow();
        var recorded = await jobs.EachTenant.RunAsync<TSelf, int>(
            JobId, tenant => RemindTenantAsync(tenant, now, cancellationToken), tenantId => job => job.RetryTenantAsync(tenantId, CancellationToken.None), cancellationToken);
        return recorded.Sum();
    }

    /// <summary>The reminders of one tenant whose run failed, scheduled by <see cref="EachTenant"/>.</summary>
    [AutomaticRetry(Attempts = EachTenant.RetryAttempts)]
    public async Task RetryTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        await RemindTenantAsync(new TenantId(tenantId), jobs.Time.GetUtcNow(), cancellationToken);
    }

    /// <summary>In the tenant's working hours (its quiet hours), by its reminder intervals.</summary>
    private async Task<int> RemindTenantAsync(TenantId tenant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var policy = jobs.Tenants.For(tenant);
        if (!policy.QuietHours.Allows(now) || await jobs.Organisations.FindAsync(tenant, cancellationToken) is not { } organisation)
        {
            return 0;
        }

        var recorded = await RemindAsync(organisation, policy, now, cancellationToken);
        if (recorded > 0)
        {
            await jobs.Delivery.DeliverTenantAsync(tenant, cancellationToken);
        }

        return recorded;
    }
}

/// <summary>What every reminder job about reports needs, in one place so each job names only its own use case.</summary>
public sealed record DeviationReminderJobs(
    EachTenant EachTenant,
    OrganisationRepository Organisations,
    OutboxDeliveryJob Delivery,
    TenantPolicies Tenants,
    TimeProvider Time);
