using System.Globalization;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Jobs.Outboxes;

namespace TeamsQuality.Jobs;

/// <summary>
/// The notices about reports, all recorded in the outbox (each once, under its own key) and none with sensitive
/// content: a reference, a kind, a unit, a status, and a button that opens the report for those allowed.
/// Urgency: a new lex Sarah report and the IVO decision it may need go out at any hour (the law says "genast" and
/// "snarast"); everything else waits for working hours like the stop nudges.
/// </summary>
public sealed class ReportNotices(Outbox outbox)
{
    /// <summary>
    /// A new report: those acting as the unit's manager when it was filed (the manager, and a substitute whose period
    /// was on) must assess it (or answer it); a lex Sarah report also reaches the quality developers and the deputy
    /// director. Who they are is the domain's rule (<see cref="ReportRecipients"/>). Returns how many notices were new.
    /// </summary>
    public async Task<int> FiledAsync(Organisation organisation, DeviationReport report, Unit unit, CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var (person, mustAssess) in ReportRecipients.OfNewReport(organisation, unit, report.Kind, report.ReporterId, report.FiledAt))
        {
            recorded += await outbox.SendToPersonAsync(
                organisation.Tenant, person.Id, $"report-filed~{report.Reference}~{person.Id}", NoticeKind.ReportFiled,
                language => ReportAttentionCard.Build(language, report.Reference, report.Kind, unit, report.FiledAt, needsAssessment: mustAssess),
                cancellationToken, anyHour: report.Kind.IsLexSarah(), about: report.Reference.ToString()) ? 1 : 0;
        }

        return recorded;
    }

    /// <summary>The deputy director is told at once that an IVO decision is needed; the nudge job repeats it until it is recorded.</summary>
    public async Task<int> IvoDecisionNeededAsync(Organisation organisation, DeviationReport report, Unit unit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var deputy in organisation.People.Where(p => p.Role == Role.BitradandeSocialchef))
        {
            recorded += await outbox.SendToPersonAsync(
                organisation.Tenant, deputy.Id, $"ivo-needed~{report.Reference}~{deputy.Id}", NoticeKind.IvoDecisionNeeded,
                language => IvoNudgeCard.Build(language, report.Reference, unit, report.Assessment!.Severity, report.Assessment.At, now, reminderNumber: 0, escalated: false),
                cancellationToken, anyHour: true, about: report.Reference.ToString()) ? 1 : 0;
        }

        return recorded;
    }

    /// <summary>
    /// Reminder <paramref name="number"/> of a missing IVO decision: to the deputy director, and when escalated also to
    /// the quality developers (who may see the report and follow it up). Each reminder once per person.
    /// </summary>
    public async Task<int> IvoReminderAsync(Organisation organisation, DeviationReport report, Unit unit, int number, bool escalated, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var person in organisation.People.Where(p => p.Role == Role.BitradandeSocialchef || (escalated && p.Role == Role.Verksamhetsutvecklare)))
        {
            recorded += await outbox.SendToPersonAsync(
                organisation.Tenant, person.Id, $"ivo-reminder~{report.Reference}~{number.ToString("D4", CultureInfo.InvariantCulture)}~{person.Id}", NoticeKind.IvoReminder,
                language => IvoNudgeCard.Build(language, report.Reference, unit, report.Assessment!.Severity, report.Assessment.At, now, number, escalated),
                cancellationToken, about: report.Reference.ToString()) ? 1 : 0;
        }

        return recorded;
    }

    /// <summary>
    /// The reporter hears back when their report is assessed, answered or closed (each once; not when they made the
    /// change themselves, nor when they are no longer in the organisation).
    /// </summary>
    public async Task<int> StatusChangedAsync(Organisation organisation, DeviationReport report, Unit unit, Person by, CancellationToken cancellationToken)
    {
        if (report.Status is not (ReportStatus.Bedomd or ReportStatus.Besvarad or ReportStatus.Avslutad)
            || string.Equals(report.ReporterId, by.Id, StringComparison.OrdinalIgnoreCase)
            || organisation.FindPerson(report.ReporterId) is not { } reporter)
        {
            return 0;
        }

        return await outbox.SendToPersonAsync(
            organisation.Tenant, reporter.Id, $"report-status~{report.Reference}~{report.Status}", NoticeKind.ReportStatus,
            language => ReportStatusCard.Build(language, report.Reference, report.Kind, unit, report.Status),
            cancellationToken, about: report.Reference.ToString()) ? 1 : 0;
    }

    /// <summary>
    /// Reminder <paramref name="number"/> that a report waits for the manager's assessment: to those acting as the unit's
    /// manager now (the manager, and a substitute whose period is on: <see cref="ReportRecipients.Assessors"/>), and when
    /// escalated also to the quality developers. Each reminder once per person.
    /// </summary>
    public async Task<int> AssessmentReminderAsync(Organisation organisation, DeviationReport report, Unit unit, int number, bool escalated, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recorded = 0;
        var recipients = ReportRecipients.Assessors(organisation, unit, now)
            .Concat(escalated ? organisation.People.Where(p => p.Role == Role.Verksamhetsutvecklare) : [])
            .DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var person in recipients.Where(p => !string.Equals(p.Id, report.ReporterId, StringComparison.OrdinalIgnoreCase)))
        {
            recorded += await outbox.SendToPersonAsync(
                organisation.Tenant, person.Id, $"assessment-reminder~{report.Reference}~{number.ToString("D4", CultureInfo.InvariantCulture)}~{person.Id}", NoticeKind.AssessmentReminder,
                language => AssessmentReminderCard.Build(language, report.Reference, report.Kind, unit, report.FiledAt, now, number, escalated),
                cancellationToken, about: report.Reference.ToString()) ? 1 : 0;
        }

        return recorded;
    }
}
