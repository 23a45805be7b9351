using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage;

namespace TeamsQuality.Jobs;

/// <summary>
/// Drops the marks that keep redelivered activities from being handled twice, once they are too old to matter
/// (Teams redelivers within minutes). They are protocol bookkeeping, not quality records.
/// </summary>
public sealed class PruneInboundActivityMarksJob(TenantRegistry tenants, InboundActivityLog inboundLog, TimeProvider time, ILogger<PruneInboundActivityMarksJob> logger)
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
        var dropped = 0;
        foreach (var tenant in await tenants.ListAsync(cancellationToken))
        {
            for (var age = KeepDays; age <= LookBackDays; age++)
            {
                dropped += await inboundLog.DropDayAsync(tenant, today.AddDays(-age), cancellationToken);
            }
        }

        logger.LogInformation("Dropped {Count} old inbound activity marks (run at {SwedishTime:yyyy-MM-dd HH:mm})", dropped, SwedishTime.ToSwedish(time.GetUtcNow()));
        return dropped;
    }
}
