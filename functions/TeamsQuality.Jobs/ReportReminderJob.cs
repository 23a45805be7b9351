using Hangfire;
using Microsoft.Extensions.Options;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Tenants;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Jobs;

/// <summary>
/// What the hourly reminders about reports share: they run in working hours only, tenant by tenant (a tenant that
/// fails is tried again on its own, see <see cref="EachTenant"/>), record their reminders in the outbox and send them
/// in the same run.
/// </summary>
/// <typeparam name="TSelf">The job itself, so Hangfire schedules a failed tenant's retry on it.</typeparam>
public abstract class ReportReminderJob<TSelf>(
    EachTenant eachTenant,
    OrganisationRepository organisations,
    OutboxDeliveryJob delivery,
    IOptions<JobsOptions> jobsOptions,
    TimeProvider time)
    where TSelf : ReportReminderJob<TSelf>
{
    /// <summary>The job's name in Hangfire and the log.</summary>
    protected abstract string JobId { get; }

    /// <summary>Records what is due for one organisation; returns how many notices were recorded.</summary>
    protected abstract Task<int> RemindAsync(Organisation organisation, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records the reminders that are due and sends them; returns how many notices were recorded.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!IsWorkingTime(now))
        {
            return 0;
        }

        var recorded = await eachTenant.RunAsync<TSelf, int>(
            JobId, tenant => RemindTenantAsync(tenant, now, cancellationToken), tenantId => job => job.RetryTenantAsync(tenantId, CancellationToken.None), cancellationToken);
        return recorded.Sum();
    }

    /// <summary>The reminders of one tenant whose run failed, scheduled by <see cref="EachTenant"/>.</summary>
    [AutomaticRetry(Attempts = EachTenant.RetryAttempts)]
    public async Task RetryTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (IsWorkingTime(now))
        {
            await RemindTenantAsync(new TenantId(tenantId), now, cancellationToken);
        }
    }

    private bool IsWorkingTime(DateTimeOffset now) =>
        !jobsOptions.Value.QuietHours || WorkingDays.IsWithinWorkingHours(SwedishTime.ToSwedish(now));

    private async Task<int> RemindTenantAsync(TenantId tenant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await organisations.FindAsync(tenant, cancellationToken) is not { } organisation)
        {
            return 0;
        }

        var recorded = await RemindAsync(organisation, now, cancellationToken);
        if (recorded > 0)
        {
            await delivery.DeliverTenantAsync(tenant, cancellationToken);
        }

        return recorded;
    }
}

/// <summary>Which reminder of something waited for is due: every interval since it began, escalated after a while.</summary>
public static class Reminders
{
    /// <summary>The reminder due after <paramref name="waited"/>, or null before the first interval has passed.</summary>
    public static (int Number, bool Escalated)? Due(TimeSpan waited, TimeSpan interval, TimeSpan escalateAfter)
    {
        var number = (int)(waited.Ticks / Math.Max(1, interval.Ticks));
        return number < 1 ? null : (number, waited >= escalateAfter);
    }
}
