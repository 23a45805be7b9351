using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Tenants;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;

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
    : ReportReminderJob<IvoDecisionNudgeJob>(eachTenant, organisations, delivery, jobsOptions, time)
{
    public const string RecurringJobId = "nudge-missing-ivo-decisions";

    /// <summary>Every hour; reminders go out when their interval has passed, in working hours.</summary>
    public const string Schedule = "5 * * * *";

    protected override string JobId => RecurringJobId;

    protected override async Task<int> RemindAsync(Organisation organisation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var options = deviationOptions.Value;
        var recorded = 0;
        foreach (var report in await reports.AwaitingIvoDecisionAsync(organisation.Tenant, cancellationToken))
        {
            if (!report.AwaitsIvoDecision || organisation.FindUnit(report.UnitId) is not { } unit
                || Reminders.Due(now - report.Assessment!.At, options.IvoReminderInterval, options.IvoEscalateAfter) is not { } reminder)
            {
                continue;
            }

            var reminded = await notices.IvoReminderAsync(organisation, report, unit, reminder.Number, reminder.Escalated, now, cancellationToken);
            if (reminded > 0)
            {
                logger.LogInformation("Reminder {Number} of the IVO decision on {Reference} recorded for {Count} (escalated: {Escalated})", reminder.Number, report.Reference, reminded, reminder.Escalated);
            }

            recorded += reminded;
        }

        return recorded;
    }
}
