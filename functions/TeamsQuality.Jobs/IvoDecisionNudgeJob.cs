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
/// "Deviations" configuration: how often the deputy director is reminded of a missing IVO decision and the manager of
/// a report not yet assessed, and when each escalates to the quality developers.
/// </summary>
public sealed class DeviationOptions
{
    public const string SectionName = "Deviations";

    /// <summary>How long between reminders of a missing IVO decision (the law says "snarast": as soon as possible).</summary>
    public TimeSpan IvoReminderInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>After this long without a decision the reminders also go to the quality developers (who may see the report).</summary>
    public TimeSpan IvoEscalateAfter { get; set; } = TimeSpan.FromHours(48);

    /// <summary>How long between reminders to the manager of a report not yet assessed (lex Sarah: "utan dröjsmål").</summary>
    public TimeSpan AssessmentReminderInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>After this long without an assessment the reminders also go to the quality developers.</summary>
    public TimeSpan AssessmentEscalateAfter { get; set; } = TimeSpan.FromHours(48);
}

/// <summary>
/// Reminds the deputy director of every report assessed 3-4 whose IVO decision is not recorded, repeatedly, and
/// escalates to the quality developers when it has waited too long (they may see the report and follow it up; the
/// director may not see report details, so is not sent a card that opens one). The reminder says
/// that a decision is missing and for how long, nothing of the matter itself. Each reminder is recorded in the outbox
/// (once per number and person, so a second run or server does not repeat it) and sent from there.
/// </summary>
public sealed class IvoDecisionNudgeJob(
    EachTenant eachTenant,
    OrganisationRepository organisations,
    ReportRepository reports,
    ReportNotices notices,
    OutboxDeliveryJob delivery,
    IOptions<DeviationOptions> deviationOptions,
    IOptions<JobsOptions> jobsOptions,
    TimeProvider time,
    ILogger<IvoDecisionNudgeJob> logger)
{
    public const string RecurringJobId = "nudge-missing-ivo-decisions";

    /// <summary>Every hour; reminders go out when their interval has passed, in working hours.</summary>
    public const string Schedule = "5 * * * *";

    /// <summary>Records the reminders that are due and sends them; returns how many were recorded.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (jobsOptions.Value.QuietHours && !WorkingDays.IsWithinWorkingHours(SwedishTime.ToSwedish(now)))
        {
            return 0;
        }

        var recorded = await eachTenant.RunAsync<IvoDecisionNudgeJob, int>(
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

        var recorded = 0;
        foreach (var report in await reports.AwaitingIvoDecisionAsync(tenant, cancellationToken))
        {
            if (report.AwaitsIvoDecision && organisation.FindUnit(report.UnitId) is { } unit)
            {
                recorded += await RemindAsync(organisation, report, unit, now, cancellationToken);
            }
        }

        if (recorded > 0)
        {
            await delivery.DeliverTenantAsync(tenant, cancellationToken);
        }

        return recorded;
    }

    private async Task<int> RemindAsync(Organisation organisation, DeviationReport report, Unit unit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var options = deviationOptions.Value;
        if (Reminders.Due(now - report.Assessment!.At, options.IvoReminderInterval, options.IvoEscalateAfter) is not { } reminder)
        {
            return 0;
        }

        var recorded = await notices.IvoReminderAsync(organisation, report, unit, reminder.Number, reminder.Escalated, now, cancellationToken);
        if (recorded > 0)
        {
            logger.LogInformation("Reminder {Number} of the IVO decision on {Reference} recorded for {Count} (escalated: {Escalated})", reminder.Number, report.Reference, recorded, reminder.Escalated);
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
