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
    : ReportReminderJob<AssessmentReminderJob>(eachTenant, organisations, delivery, jobsOptions, time)
{
    public const string RecurringJobId = "nudge-waiting-assessments";

    /// <summary>Every hour; reminders go out when their interval has passed, in working hours.</summary>
    public const string Schedule = "15 * * * *";

    protected override string JobId => RecurringJobId;

    protected override async Task<int> RemindAsync(Organisation organisation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var options = deviationOptions.Value;
        var recorded = 0;
        foreach (var report in await reports.AwaitingAssessmentAsync(organisation.Tenant, cancellationToken))
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

        return recorded;
    }
}
