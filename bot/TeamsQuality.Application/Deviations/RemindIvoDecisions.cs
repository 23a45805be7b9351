using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Application.Deviations;

/// <summary>
/// For the nudge job: every report of the organisation assessed 3-4 whose IVO decision is not recorded is reminded of on
/// the schedule from the assessment, to the deputy director and, once escalated, the quality developers
/// (<see cref="DeviationRecipients.OfIvoDecision"/>). Each reminder once per number and person. Returns how many
/// notices were new.
/// </summary>
public sealed class RemindIvoDecisions(DeviationRepository reports, IDeviationNotices notices, ILogger<RemindIvoDecisions> logger) : IUseCase
{
    public async Task<int> RunAsync(Organisation organisation, ReminderSchedule schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var report in await reports.AwaitingIvoDecisionAsync(organisation.Tenant, cancellationToken))
        {
            if (!report.AwaitsIvoDecision || organisation.FindUnit(report.UnitId) is not { } unit
                || schedule.Due(now - report.Assessment!.At) is not { } reminder)
            {
                continue;
            }

            var reminded = await notices.IvoReminderAsync(report, unit, DeviationRecipients.OfIvoDecision(organisation, reminder.Escalated), reminder, now, cancellationToken);
            if (reminded > 0)
            {
                logger.LogInformation("Reminder {Number} of the IVO decision on {Reference} recorded for {Count} (escalated: {Escalated})", reminder.Number, report.Reference, reminded, reminder.Escalated);
            }

            recorded += reminded;
        }

        return recorded;
    }
}
