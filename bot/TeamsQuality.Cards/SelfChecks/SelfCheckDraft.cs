using System.Text.Json.Nodes;
using TeamsQuality.Cards.Actions;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;

namespace TeamsQuality.Cards.SelfChecks;

/// <summary>What the user typed on a check's card (and its action form), put back after a refusal; every value as the card sent it.</summary>
public sealed record SelfCheckDraft
{
    /// <summary>"Godkand" or "EjGodkand".</summary>
    public string? Verdict { get; init; }

    public string? Comment { get; init; }

    public string? Reviewed { get; init; }

    public string? Defects { get; init; }

    public string? Reason { get; init; }

    /// <summary>Pressed in the action form ("Spara Ej godkänd med åtgärden").</summary>
    public bool WithAction { get; init; }

    public ActionFormDraft Action { get; init; } = new();

    public static SelfCheckDraft FromInputs(JsonObject? data) => new()
    {
        Verdict = CardInputs.Text(data, CardKeys.CheckVerdict),
        Comment = CardInputs.Text(data, CardKeys.CheckComment),
        Reviewed = CardInputs.Text(data, CardKeys.CheckReviewed),
        Defects = CardInputs.Text(data, CardKeys.CheckDefects),
        Reason = CardInputs.Text(data, CardKeys.CheckReason),
        WithAction = CardInputs.Text(data, CardKeys.CheckWithAction) == "1",
        Action = ActionFormDraft.FromInputs(data),
    };

    /// <summary>What was typed, as the domain's rule reads it.</summary>
    public CheckInput Input => new(CardInputs.Named<CheckVerdict>(Verdict), Comment, Reviewed, Defects, Reason);

    /// <summary>The input a field is filled in, where a refusal about it is shown (the action form's too).</summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.CheckVerdict => CardKeys.CheckVerdict,
        Field.CheckComment => CardKeys.CheckComment,
        Field.CheckReviewed => CardKeys.CheckReviewed,
        Field.CheckDefects => CardKeys.CheckDefects,
        Field.CheckReason => CardKeys.CheckReason,
        _ => ActionFormDraft.InputOf(field),
    };
}
