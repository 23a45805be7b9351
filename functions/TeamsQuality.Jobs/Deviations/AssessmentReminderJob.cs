using TeamsQuality.Application.Deviations;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Jobs.Deviations;

/// <summary>
/// Reminds the manager of every deviation and lex Sarah report that still waits for the assessment, every
/// <see cref="TeamsQuality.Application.Deviations.DeviationOptions.AssessmentReminderInterval"/> from when it was filed, and after
/// <see cref="TeamsQuality.Application.Deviations.DeviationOptions.AssessmentEscalateAfter"/> also the quality developers. So the clock starts when the
/// report comes in, not only at the assessment (the IVO reminders start there). It also records the report's filing
/// notices again (once, by key): if a turn saved a report but died before recording them, they are not lost.
/// In working hours only, like the other reminders.
/// </summary>
public sealed class AssessmentReminderJob(DeviationReminderJobs jobs, RemindAssessments remind)
    : DeviationReminderJob<AssessmentReminderJob>(jobs)
{
    public const string RecurringJobId = "nudge-waiting-assessments";

    /// <summary>Every hour; reminders go out when their interval has passed, in working hours.</summary>
    public const string Schedule = "15 * * * *";

    protected override string JobId => RecurringJobId;

    protected override Task<int> RemindAsync(Organisation organisation, TenantPolicy tenant, DateTimeOffset now, CancellationToken cancellationToken) =>
        remind.RunAsync(organisation, tenant.AssessmentReminders, now, cancellationToken);
}
