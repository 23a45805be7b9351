using System.Text.Json.Nodes;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;

namespace TeamsQuality.Cards.Deviations;

/// <summary>
/// What the user had chosen and typed on a report card (the filing card or a form on the report's card), every input as
/// the card sent it, so a card shown again after a refusal (a personnummer, an empty field, a report that changed)
/// puts it all back: nothing typed is lost.
/// </summary>
public sealed record DeviationDraft
{
    // ---- The filing card ----

    /// <summary>Input "reportKind": a <see cref="Domain.Deviations.DeviationKind"/> name.</summary>
    public string? ReportKind { get; init; }

    /// <summary>Input "reportUnit": a unit id.</summary>
    public string? ReportUnit { get; init; }

    /// <summary>Input "whatHappened".</summary>
    public string? WhatHappened { get; init; }

    /// <summary>Input "occurredDate": yyyy-MM-dd as the date input sends it.</summary>
    public string? OccurredDate { get; init; }

    /// <summary>Input "occurredTime": HH:mm as the time input sends it (optional).</summary>
    public string? OccurredTime { get; init; }

    /// <summary>Input "immediateMeasures" (optional).</summary>
    public string? ImmediateMeasures { get; init; }

    /// <summary>Input "category": a <see cref="DeviationCategory"/> name; on the filing card and the manager's assessment.</summary>
    public string? Category { get; init; }

    // ---- The forms on the report's card ----

    /// <summary>Input "severity": "1" to "4".</summary>
    public string? Severity { get; init; }

    /// <summary>Input "immediateActions".</summary>
    public string? ImmediateActions { get; init; }

    /// <summary>Input "ivoDecision": <see cref="IvoDecisionValues.Yes"/> or <see cref="IvoDecisionValues.No"/>.</summary>
    public string? IvoDecision { get; init; }

    /// <summary>Input "ivoMotivation".</summary>
    public string? IvoMotivation { get; init; }

    /// <summary>Input "investigationTopic": an <see cref="InvestigationTopic"/> name.</summary>
    public string? InvestigationTopic { get; init; }

    /// <summary>Input "investigationText".</summary>
    public string? InvestigationText { get; init; }

    /// <summary>Input "investigationIsFact": "true" (fakta) or "false" (bedömning).</summary>
    public string? InvestigationIsFact { get; init; }

    /// <summary>Input "actionTitle".</summary>
    public string? ActionTitle { get; init; }

    /// <summary>Input "actionOwner": a person id.</summary>
    public string? ActionOwner { get; init; }

    /// <summary>Input "actionDue": yyyy-MM-dd.</summary>
    public string? ActionDue { get; init; }

    /// <summary>Input "answerText".</summary>
    public string? AnswerText { get; init; }

    /// <summary>Input "closingDecision".</summary>
    public string? ClosingDecision { get; init; }

    /// <summary>The draft from a card action's data (the action's data merged with the card's inputs).</summary>
    public static DeviationDraft FromInputs(JsonObject? data) => new()
    {
        ReportKind = CardInputs.Text(data, CardKeys.ReportKind),
        ReportUnit = CardInputs.Text(data, CardKeys.ReportUnit),
        WhatHappened = CardInputs.Text(data, CardKeys.WhatHappened),
        OccurredDate = CardInputs.Text(data, CardKeys.OccurredDate),
        OccurredTime = CardInputs.Text(data, CardKeys.OccurredTime),
        ImmediateMeasures = CardInputs.Text(data, CardKeys.ImmediateMeasures),
        Category = CardInputs.Text(data, CardKeys.Category),
        Severity = CardInputs.Text(data, CardKeys.Severity),
        ImmediateActions = CardInputs.Text(data, CardKeys.ImmediateActions),
        IvoDecision = CardInputs.Text(data, CardKeys.IvoDecision),
        IvoMotivation = CardInputs.Text(data, CardKeys.IvoMotivation),
        InvestigationTopic = CardInputs.Text(data, CardKeys.InvestigationTopic),
        InvestigationText = CardInputs.Text(data, CardKeys.InvestigationText),
        InvestigationIsFact = CardInputs.Text(data, CardKeys.InvestigationIsFact),
        ActionTitle = CardInputs.Text(data, CardKeys.ActionTitle),
        ActionOwner = CardInputs.Text(data, CardKeys.ActionOwner),
        ActionDue = CardInputs.Text(data, CardKeys.ActionDue),
        AnswerText = CardInputs.Text(data, CardKeys.AnswerText),
        ClosingDecision = CardInputs.Text(data, CardKeys.ClosingDecision),
    };

    /// <summary>
    /// The filing as the domain checks it. A value the card cannot have sent (an unknown kind, a date that does not
    /// parse) becomes null, so <see cref="DeviationReport.Check"/> names the field. The date and the optional time are
    /// read on the Swedish clock; without a time the report occurred at the start of that day.
    /// </summary>
    public DeviationFiling ToFiling() => new(
        DeviationInputs.Kind(ReportKind),
        ReportUnit,
        WhatHappened,
        DeviationInputs.OccurredAt(OccurredDate, OccurredTime),
        ImmediateMeasures,
        DeviationInputs.CategoryAsSent(Category));

    // ---- The forms' values, read the way the cards send them ----

    /// <summary>The severity chosen; null when none (or none of the four levels) was sent, which the domain refuses as missing.</summary>
    public Severity? ChosenSeverity => DeviationInputs.Severity(Severity);

    /// <summary>The category chosen on the assessment, as sent (see <see cref="DeviationInputs.CategoryAsSent"/>).</summary>
    public DeviationCategory? ChosenCategory => DeviationInputs.CategoryAsSent(Category);

    /// <summary>Whether the matter is reported to IVO: null when neither yes nor no was chosen.</summary>
    public bool? ChosenIvoDecision => DeviationInputs.IvoDecision(IvoDecision);

    /// <summary>The investigation's topic; the form requires one, and a topic not sent (or unknown) is the first topic.</summary>
    public InvestigationTopic ChosenTopic => DeviationInputs.Topic(InvestigationTopic) ?? Domain.Deviations.InvestigationTopic.HandelseOchKonsekvenser;

    /// <summary>Whether the investigation entry is a fact (the toggle on), or an assessment.</summary>
    public bool ChosenIsFact => DeviationInputs.IsFact(InvestigationIsFact) ?? false;

    /// <summary>The action's due date; null when none was chosen (or it could not be read, see <see cref="ActionDueUnreadable"/>).</summary>
    public DateOnly? ChosenActionDue => CardInputs.Date(ActionDue);

    /// <summary>A due date was sent that is not a date (the date input cannot send one; forged data can).</summary>
    public bool ActionDueUnreadable => ActionDue is not null && ChosenActionDue is null;

    /// <summary>
    /// The input a field is filled in on the filing card and the report's forms, where a refusal about it is shown;
    /// null for a field these cards do not have (its refusal is shown just above the button instead).
    /// </summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.Kind => CardKeys.ReportKind,
        Field.Unit => CardKeys.ReportUnit,
        Field.WhatHappened => CardKeys.WhatHappened,
        Field.OccurredAt => CardKeys.OccurredDate,
        Field.ImmediateMeasures => CardKeys.ImmediateMeasures,
        Field.Category => CardKeys.Category,
        Field.Severity => CardKeys.Severity,
        Field.ImmediateActions => CardKeys.ImmediateActions,
        Field.Motivation => CardKeys.IvoMotivation,
        Field.Investigation => CardKeys.InvestigationText,
        Field.ActionTitle => CardKeys.ActionTitle,
        Field.ActionOwner => CardKeys.ActionOwner,
        Field.Answer => CardKeys.AnswerText,
        Field.Decision => CardKeys.ClosingDecision,
        _ => null,
    };
}

/// <summary>The values the IVO decision's "ivoDecision" input sends.</summary>
public static class IvoDecisionValues
{
    public const string Yes = "ja";
    public const string No = "nej";
}

/// <summary>Reads the values the deviation cards send, the way the cards write them.</summary>
public static class DeviationInputs
{
    /// <summary>
    /// A choice that is none of the categories, passed on as such: the domain refuses it naming the field (a category
    /// is one of the categories), rather than the choice being dropped or saved as it came.
    /// </summary>
    private const DeviationCategory NotACategory = (DeviationCategory)(-1);

    /// <summary>"Avvikelse", "Missforhallande" … (the enum's name, as the filing card sends it); null otherwise.</summary>
    public static DeviationKind? Kind(string? value) => CardInputs.Named<DeviationKind>(value);

    /// <summary>A <see cref="DeviationCategory"/> name; null when empty or unknown.</summary>
    public static DeviationCategory? Category(string? value) => CardInputs.Named<DeviationCategory>(value);

    /// <summary>
    /// The category as the card sent it, for the domain to judge: null when none was chosen, the category when it is one,
    /// and a value that is none of the categories when the card sent something else (a number such as "99", a made-up
    /// name), which the domain refuses naming the field.
    /// </summary>
    public static DeviationCategory? CategoryAsSent(string? value) => string.IsNullOrEmpty(value) ? null : Category(value) ?? NotACategory;

    /// <summary>An <see cref="InvestigationTopic"/> name; null when empty or unknown.</summary>
    public static InvestigationTopic? Topic(string? value) => CardInputs.Named<InvestigationTopic>(value);

    /// <summary>"1" to "4".</summary>
    public static Severity? Severity(string? value) => CardInputs.Level<Severity>(value);

    /// <summary>"ja" is true, "nej" false, anything else null.</summary>
    public static bool? IvoDecision(string? value) => value switch
    {
        IvoDecisionValues.Yes => true,
        IvoDecisionValues.No => false,
        _ => null,
    };

    /// <summary>The toggle's "true"/"false"; null otherwise.</summary>
    public static bool? IsFact(string? value) => bool.TryParse(value, out var isFact) ? isFact : null;

    /// <summary>
    /// The instant the date and the optional time mean on the Swedish clock (the start of the day without a time);
    /// null when the date does not parse. A time in the spring-forward gap is read an hour later.
    /// </summary>
    public static DateTimeOffset? OccurredAt(string? date, string? time)
    {
        if (CardInputs.Date(date) is not { } day)
        {
            return null;
        }

        var local = day.ToDateTime(CardInputs.Time(time) ?? TimeOnly.MinValue, DateTimeKind.Unspecified);
        if (SwedishTime.Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, SwedishTime.Zone.GetUtcOffset(local));
    }
}
