using TeamsQuality.Application.Deviations;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Jobs.Deviations;

/// <summary>
/// Reminds the deputy director of every report assessed 3-4 whose IVO decision is not recorded, repeatedly, and
/// escalates to the quality developers when it has waited too long (they may see the report and follow it up; the
/// director may not see report details, so is not sent a card that opens one). The reminder says
/// that a decision is missing and for how long, nothing of the matter itself. Each reminder is recorded in the outbox
/// (once per number and person, so a second run or server does not repeat it) and sent from there.
/// </summary>
public sealed class IvoDecisionNudgeJob(DeviationReminderJobs jobs, RemindIvoDecisions remind)
    : DeviationReminderJob<IvoDecisionNudgeJob>(jobs)
{
    public const string RecurringJobId = "nudge-missing-ivo-decisions";

    /// <summary>Every hour; reminders go out when their interval has passed, in working hours.</summary>
    public const string Schedule = "5 * * * *";

    protected override string JobId => RecurringJobId;

    protected override Task<int> RemindAsync(Organisation organisation, TenantPolicy tenant, DateTimeOffset now, CancellationToken cancellationToken) =>
        remind.RunAsync(organisation, tenant.IvoReminders, now, cancellationToken);
}
