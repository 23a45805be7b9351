using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Application.Deviations;

/// <summary>
/// What the deviation use cases tell people, and to whom they have already decided (<see cref="DeviationRecipients"/>).
/// The adapter renders each notice as a card with no content of the report (a reference, a kind, a unit, a status, and a
/// button that opens it for those allowed) and records it in the outbox, once per key. Each method returns how many
/// notices were new. What a person's press recorded is sent right after (<see cref="SendSoon"/>); what a job recorded,
/// by the job in the same run. A notice told of a change already saved never fails that change: when it cannot be
/// recorded, the adapter logs it and the change stands (the filing notices are recorded again by the reminder job).
/// </summary>
public interface IDeviationNotices
{
    /// <summary>A new report needs attention: each recipient, and whether it is theirs to assess. Lex Sarah goes out at any hour.</summary>
    Task<int> FiledAsync(DeviationReport report, Unit unit, IReadOnlyList<DeviationRecipient> recipients, CancellationToken cancellationToken);

    /// <summary>A report assessed 3-4 needs the decision on reporting to IVO, told at once (at any hour) to those who decide.</summary>
    Task<int> IvoDecisionNeededAsync(DeviationReport report, Unit unit, IReadOnlyList<Person> deciders, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A reminder that the IVO decision is still missing, once per reminder and person.</summary>
    Task<int> IvoReminderAsync(DeviationReport report, Unit unit, IReadOnlyList<Person> recipients, Reminder reminder, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A reminder that the report still waits for the assessment, once per reminder and person.</summary>
    Task<int> AssessmentReminderAsync(DeviationReport report, Unit unit, IReadOnlyList<Person> recipients, Reminder reminder, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The reporter hears that their report was assessed, answered or closed, once per status.</summary>
    Task<int> StatusChangedAsync(DeviationReport report, Unit unit, Person reporter, CancellationToken cancellationToken);

    /// <summary>The person named owner of an action the report led to is told (not when they named themselves).</summary>
    Task<int> ActionOwnerNamedAsync(Organisation organisation, Unit unit, ImprovementAction action, Person by, DeviationReport report, CancellationToken cancellationToken);

    /// <summary>Starts sending the tenant's recorded notices now, in the background: the person who pressed does not wait for anyone's chat.</summary>
    void SendSoon(TenantId tenant);
}
