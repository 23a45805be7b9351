using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsQuality.Domain.Administration;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage;

namespace TeamsQuality.Jobs;

/// <summary>
/// Reminds the manager of every deviation and lex Sarah report that still waits for the assessment, every
/// <see cref="DeviationOptions.AssessmentReminderInterval"/> from when it was filed, and after
/// <see cref="DeviationOptions.AssessmentEscalateAfter"/> also the quality developers. So the clock starts when the
/// report comes in, not only at the assessment (the IVO reminders start there). It also records the report's filing
/// notices again (once, by key): if a turn saved a report but died before recording them, they are not lost.
/// In working hours only, like the other reminders.
/// </summary>
public sealed class AssessmentReminderJob(
    EachTenant eachTenant,
    OrganisationRepository organisations,
    ReportRepository reports,
    ReportNotices notices,
    OutboxDeliveryJob delivery,
    IOptions<DeviationOptions> deviationOptions,
    IOptions<JobsOptions> jobsOptions,
    TimeProvider time,
    ILogger<AssessmentReminderJob> logger)
{
    public const string RecurringJobId = "nudge-waiting-assessments";

    /// <summary>Every hour; reminders go out when their interval has passed, in working hours.</summary>
    public const string Schedule = "15 * * * *";

    /// <summary>Records the reminders that are due and sends them; returns how many notices were recorded.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (jobsOptions.Value.QuietHours && !WorkingDays.IsWithinWorkingHours(SwedishTime.ToSwedish(now)))
        {
            return 0;
        }

        var recorded = await eachTenant.RunAsync<AssessmentReminderJob, int>(
            RecurringJobId, tenant => RemindTenantAsync(tenant, now, cancellationToken), tenantId => job => job.RetryTenantAsync(tenantId, CancellationToken.None), cancellationToken);
        return recorded.Sum();
    }

    /// <summary>The reminders of one tenant whose run failed, scheduled by <see cref="EachTenant"/>.</summary>
    [AutomaticRetry(Attempts = EachTenant.RetryAttempts)]
    public async Task RetryTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!jobsOptions.Value.QuietHours || WorkingDays.IsWithinWorkingHours(SwedishTime.ToSwedish(now)))
        {
            await RemindTenantAsync(new TenantId(tenantId), now, cancellationToken);
        }
    }

    private async Task<int> RemindTenantAsync(TenantId tenant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var organisation = await organisations.FindAsync(tenant, cancellationToken);
        if (organisation is null)
        {
            return 0;
        }

        var options = deviationOptions.Value;
        var recorded = 0;
        foreach (var report in await reports.AwaitingAssessmentAsync(tenant, cancellationToken))
        {
            if (!report.AwaitsAssessment || organisation.FindUnit(report.UnitId) is not { } unit)
            {
                continue;
            }

            recorded += await notices.FiledAsync(organisation, report, unit, cancellationToken);
            if (Reminders.Due(now - report.FiledAt, options.AssessmentReminderInterval, options.AssessmentEscalateAfter) is { } reminder)
            {
                var reminded = await notices.AssessmentReminderAsync(organisation, report, unit, reminder.Number, reminder.Escalated, now, cancellationToken);
                if (reminded > 0)
                {
                    logger.LogInformation("Reminder {Number} to assess {Reference} recorded for {Count} (escalated: {Escalated})", reminder.Number, report.Reference, reminded, reminder.Escalated);
                }

                recorded += reminded;
            }
        }

        if (recorded > 0)
        {
            await delivery.DeliverTenantAsync(tenant, cancellationToken);
        }

        return recorded;
    }
}
