using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Time;

namespace TeamsQuality.Cards;

/// <summary>
/// What the user had chosen and typed on a report card (the filing card or a form on the report's card), every input as
/// the card sent it, so a card shown again after a refusal (a personnummer, an empty field, a report that changed)
/// puts it all back: nothing typed is lost.
/// </summary>
public sealed record ReportDraft
{
    // ---- The filing card ----

    /// <summary>Input "reportKind": a <see cref="Domain.Deviations.ReportKind"/> name.</summary>
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
    public static ReportDraft FromInputs(JsonObject? data) => new()
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
    public ReportFiling ToFiling() => new(
        ReportInputs.Kind(ReportKind),
        ReportUnit,
        WhatHappened,
        ReportInputs.OccurredAt(OccurredDate, OccurredTime),
        ImmediateMeasures,
        ReportInputs.Category(Category));
}

/// <summary>What the user had typed in the risk register's form, put back after a refusal.</summary>
public sealed record RiskDraft
{
    /// <summary>Input "riskProcess".</summary>
    public string? Process { get; init; }

    /// <summary>Input "riskDescription".</summary>
    public string? Description { get; init; }

    /// <summary>Input "riskProbability": "1" to "4".</summary>
    public string? Probability { get; init; }

    /// <summary>Input "riskConsequence": "1" to "4".</summary>
    public string? Consequence { get; init; }

    public static RiskDraft FromInputs(JsonObject? data) => new()
    {
        Process = CardInputs.Text(data, CardKeys.RiskProcess),
        Description = CardInputs.Text(data, CardKeys.RiskDescription),
        Probability = CardInputs.Text(data, CardKeys.RiskProbability),
        Consequence = CardInputs.Text(data, CardKeys.RiskConsequence),
    };
}

/// <summary>The values the IVO decision's "ivoDecision" input sends.</summary>
public static class IvoDecisionValues
{
    public const string Yes = "ja";
    public const string No = "nej";
}

/// <summary>Reads the values the report and risk cards send, the way the cards write them.</summary>
public static class ReportInputs
{
    /// <summary>"Avvikelse", "Missforhallande" … (the enum's name, as the filing card sends it); null otherwise.</summary>
    public static ReportKind? Kind(string? value) => Named<ReportKind>(value);

    /// <summary>A <see cref="DeviationCategory"/> name; null when empty or unknown.</summary>
    public static DeviationCategory? Category(string? value) => Named<DeviationCategory>(value);

    /// <summary>
    /// Whether the card sent a category that is none of the categories (a number such as "99", a made-up name): it is
    /// refused naming the field, not dropped or saved as it came.
    /// </summary>
    public static bool IsUnknownCategory(string? value) => !string.IsNullOrEmpty(value) && Category(value) is null;

    /// <summary>An <see cref="InvestigationTopic"/> name; null when empty or unknown.</summary>
    public static InvestigationTopic? Topic(string? value) => Named<InvestigationTopic>(value);

    /// <summary>"1" to "4".</summary>
    public static Severity? Severity(string? value) => Level<Severity>(value);

    /// <summary>"1" to "4".</summary>
    public static Probability? Probability(string? value) => Level<Probability>(value);

    /// <summary>"1" to "4".</summary>
    public static Consequence? Consequence(string? value) => Level<Consequence>(value);

    /// <summary>"ja" is true, "nej" false, anything else null.</summary>
    public static bool? IvoDecision(string? value) => value switch
    {
        IvoDecisionValues.Yes => true,
        IvoDecisionValues.No => false,
        _ => null,
    };

    /// <summary>The toggle's "true"/"false"; null otherwise.</summary>
    public static bool? IsFact(string? value) => bool.TryParse(value, out var isFact) ? isFact : null;

    /// <summary>yyyy-MM-dd as Input.Date sends it; null otherwise.</summary>
    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>HH:mm (or HH:mm:ss) as Input.Time sends it; null otherwise.</summary>
    public static TimeOnly? Time(string? value) =>
        TimeOnly.TryParseExact(value, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>
    /// The instant the date and the optional time mean on the Swedish clock (the start of the day without a time);
    /// null when the date does not parse. A time in the spring-forward gap is read an hour later.
    /// </summary>
    public static DateTimeOffset? OccurredAt(string? date, string? time)
    {
        if (Date(date) is not { } day)
        {
            return null;
        }

        var local = day.ToDateTime(Time(time) ?? TimeOnly.MinValue, DateTimeKind.Unspecified);
        if (SwedishTime.Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, SwedishTime.Zone.GetUtcOffset(local));
    }

    private static T? Named<T>(string? value)
        where T : struct, Enum =>
        !string.IsNullOrEmpty(value) && !char.IsDigit(value[0]) && Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    private static T? Level<T>(string? value)
        where T : struct, Enum =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && Enum.IsDefined(typeof(T), number) ? (T)Enum.ToObject(typeof(T), number) : null;
}
