using System.Globalization;
using Microsoft.Extensions.Logging;
using TeamsQuality.Application.Deviations;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Jobs.Actions;
using TeamsQuality.Jobs.Outboxes;

namespace TeamsQuality.Jobs.Deviations;

/// <summary>
/// The notices about reports (the deviation use cases' port), all recorded in the outbox (each once, under its own
/// key) and none with sensitive content: a reference, a kind, a unit, a status, and a button that opens the report for
/// those allowed. Who hears is decided before, by the domain's <see cref="DeviationRecipients"/>. Urgency: a new lex
/// Sarah report and the IVO decision it may need go out at any hour (the law says "genast" and "snarast"); everything
/// else waits for working hours like the stop nudges. What a person's press recorded is sent right after the turn
/// (<see cref="SendSoon"/>); the reminders are sent by their job in the same run.
/// </summary>
public sealed class DeviationNotices(Outbox outbox, ActionNotices actionNotices, ILogger<DeviationNotices> logger) : IDeviationNotices
{
    public Task<int> FiledAsync(DeviationReport report, Unit unit, IReadOnlyList<DeviationRecipient> recipients, CancellationToken cancellationToken) =>
        AfterSaveAsync(report, () => ToEachAsync(
            report,
            $"report-filed~{report.Reference}",
            NoticeKind.ReportFiled,
            recipients.Select(r => (r.Person, Card(language => DeviationAttentionCard.Build(language, report.Reference, report.Kind, unit, report.FiledAt, needsAssessment: r.MustAssess)))),
            anyHour: report.Kind.IsLexSarah(),
            cancellationToken));

    public Task<int> IvoDecisionNeededAsync(DeviationReport report, Unit unit, IReadOnlyList<Person> deciders, DateTimeOffset now, CancellationToken cancellationToken) =>
        AfterSaveAsync(report, () => ToEachAsync(
            report,
            $"ivo-needed~{report.Reference}",
            NoticeKind.IvoDecisionNeeded,
            deciders,
            language => DeviationReminderCard.IvoDecision(language, report.Reference, unit, report.Assessment!.Severity, report.Assessment.At, now, reminderNumber: 0, escalated: false),
            anyHour: true,
            cancellationToken));

    public Task<int> IvoReminderAsync(DeviationReport report, Unit unit, IReadOnlyList<Person> recipients, Reminder reminder, DateTimeOffset now, CancellationToken cancellationToken) =>
        ToEachAsync(
            report,
            $"ivo-reminder~{report.Reference}~{Numbered(reminder)}",
            NoticeKind.IvoReminder,
            recipients,
            language => DeviationReminderCard.IvoDecision(language, report.Reference, unit, report.Assessment!.Severity, report.Assessment.At, now, reminder.Number, reminder.Escalated),
            anyHour: false,
            cancellationToken);

    public Task<int> AssessmentReminderAsync(DeviationReport report, Unit unit, IReadOnlyList<Person> recipients, Reminder reminder, DateTimeOffset now, CancellationToken cancellationToken) =>
        ToEachAsync(
            report,
            $"assessment-reminder~{report.Reference}~{Numbered(reminder)}",
            NoticeKind.AssessmentReminder,
            recipients,
            language => DeviationReminderCard.Assessment(language, report.Reference, report.Kind, unit, report.FiledAt, now, reminder.Number, reminder.Escalated),
            anyHour: false,
            cancellationToken);

    public Task<int> StatusChangedAsync(DeviationReport report, Unit unit, Person reporter, CancellationToken cancellationToken) =>
        AfterSaveAsync(report, async () => await outbox.SendToPersonAsync(
            report.Tenant, reporter.Id, $"report-status~{report.Reference}~{report.Status}", NoticeKind.ReportStatus,
            language => DeviationStatusCard.Build(language, report.Reference, report.Kind, unit, report.Status),
            cancellationToken, about: report.Reference.ToString()) ? 1 : 0);

    public Task<int> ActionOwnerNamedAsync(Organisation organisation, Unit unit, ImprovementAction action, Person by, DeviationReport report, CancellationToken cancellationToken) =>
        AfterSaveAsync(report, () => actionNotices.OwnerNamedAsync(organisation, unit, action, by, report, cancellationToken));

    public void SendSoon(TenantId tenant) => outbox.DeliverSoon(tenant);

    /// <summary>
    /// Records notices about a change already saved. The change stands whatever happens here: when the notice cannot be
    /// recorded, that is logged rather than shown as a failed save (the assessment reminders record a report's filing
    /// notices again, once, by key).
    /// </summary>
    private async Task<int> AfterSaveAsync(DeviationReport report, Func<Task<int>> record)
    {
        try
        {
            return await record();
        }
        catch (Azure.RequestFailedException ex)
        {
            logger.LogError(ex, "Could not record a notice about report {Reference}", report.Reference);
            return 0;
        }
    }

    /// <summary>The same card (in each person's language) to each of them, once per person under "{key}~{person}".</summary>
    private Task<int> ToEachAsync(
        DeviationReport report, string key, NoticeKind kind, IEnumerable<Person> people, Func<UiLanguage, AdaptiveCard> card, bool anyHour, CancellationToken cancellationToken) =>
        ToEachAsync(report, key, kind, people.Select(person => (person, card)), anyHour, cancellationToken);

    /// <summary>A card to each person, once per person under "{key}~{person}"; returns how many were new.</summary>
    private async Task<int> ToEachAsync(
        DeviationReport report, string key, NoticeKind kind, IEnumerable<(Person Person, Func<UiLanguage, AdaptiveCard> Card)> notices, bool anyHour, CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var (person, card) in notices)
        {
            recorded += await outbox.SendToPersonAsync(
                report.Tenant, person.Id, $"{key}~{person.Id}", kind, card, cancellationToken, anyHour, about: report.Reference.ToString()) ? 1 : 0;
        }

        return recorded;
    }

    /// <summary>A card builder as the outbox takes it (so a lambda reads as one in a tuple).</summary>
    private static Func<UiLanguage, AdaptiveCard> Card(Func<UiLanguage, AdaptiveCard> build) => build;

    /// <summary>The reminder's number in its key, zero-padded so the keys sort in order.</summary>
    private static string Numbered(Reminder reminder) => reminder.Number.ToString("D4", CultureInfo.InvariantCulture);
}
