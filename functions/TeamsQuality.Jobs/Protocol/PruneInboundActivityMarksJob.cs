using Hangfire;
using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Time;
using TeamsQuality.Jobs.Tenants;
using TeamsQuality.Teams.Storage;

namespace TeamsQuality.Jobs.Protocol;

/// <summary>
/// Drops the marks that keep redelivered activities from being handled twice, once they are too old to matter
/// (Teams redelivers within minutes). They are protocol bookkeeping, not quality records, so they are dropped for every
/// tenant, enabled or not: a tenant the operator turned off keeps nothing it need not.
/// </summary>
public sealed class PruneInboundActivityMarksJob(EachTenant eachTenant, InboundActivityLog inboundLog, TimeProvider time, ILogger<PruneInboundActivityMarksJob> logger)
{
    public const string RecurringJobId = "prune-inbound-activity-marks";

    /// <summary>Every night at 03:15 Swedish time.</summary>
    public const string Schedule = "15 3 * * *";

    /// <summary>How many days of marks are kept.</summary>
    public const int KeepDays = 2;

    /// <summary>How far back the job looks for days to drop, so a missed night is caught up.</summary>
    public const int LookBackDays = 14;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var dropped = (await eachTenant.RunAsync<PruneInboundActivityMarksJob, int>(
            RecurringJobId, tenant => PruneTenantAsync(tenant, today, cancellationToken), tenantId => job => job.RetryTenantAsync(tenantId, CancellationToken.None), cancellationToken, alsoNotEnabled: true)).Sum();

        logger.LogInformation("Dropped {Count} old inbound activity marks (run at {SwedishTime:yyyy-MM-dd HH:mm})", dropped, SwedishTime.ToSwedish(time.GetUtcNow()));
        return dropped;
    }

    /// <summary>The pruning of one tenant whose pruning failed, scheduled by <see cref="EachTenant"/>.</summary>
    [AutomaticRetry(Attempts = EachTenant.RetryAttempts)]
    public async Task RetryTenantAsync(string tenantId, CancellationToken cancellationToken) =>
        await PruneTenantAsync(new TenantId(tenantId), DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), cancellationToken);

    private async Task<int> PruneTenantAsync(TenantId tenant, DateOnly today, CancellationToken cancellationToken)
    {
        var dropped = 0;
        for (var age = KeepDays; age <= LookBackDays; age++)
        {
            dropped += await inboundLog.DropDayAsync(tenant.Value, today.AddDays(-age), cancellationToken);
        }

        return dropped;
    }
}
