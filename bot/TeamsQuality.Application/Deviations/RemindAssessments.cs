using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Application.Deviations;

/// <summary>
/// For the reminder job: every deviation and lex Sarah report of the organisation that still waits for the manager's
/// assessment is reminded of on the schedule from when it was filed (escalated to the quality developers after a
/// while). It also records the report's filing notices again (once, by key): if a turn saved a report but died before
/// recording them, they are not lost. Returns how many notices were new.
/// </summary>
public sealed class RemindAssessments(DeviationRepository reports, IDeviationNotices notices, ILogger<RemindAssessments> logger) : IUseCase
{
    public async Task<int> RunAsync(Organisation organisation, ReminderSchedule schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var report in await reports.AwaitingAssessmentAsync(organisation.Tenant, cancellationToken))
        {
            if (!report.AwaitsAssessment || organisation.FindUnit(report.UnitId) is not { } unit)
            {
                continue;
            }

            recorded += await notices.FiledAsync(report, unit, DeviationRecipients.OfNewReport(organisation, unit, report.Kind, report.ReporterId, report.FiledAt), cancellationToken);
            if (schedule.Due(now - report.FiledAt) is { } reminder)
            {
                var recipients = DeviationRecipients.OfAssessmentReminder(organisation, unit, report.ReporterId, reminder.Escalated, now);
                var reminded = await notices.AssessmentReminderAsync(report, unit, recipients, reminder, now, cancellationToken);
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
