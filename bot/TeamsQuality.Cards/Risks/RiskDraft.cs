using System.Text.Json.Nodes;
using TeamsQuality.Cards.Actions;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Cards.Risks;

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

    /// <summary>The probability chosen, "1" to "4"; null otherwise.</summary>
    public Domain.Risks.Probability? ChosenProbability => CardInputs.Level<Domain.Risks.Probability>(Probability);

    /// <summary>The consequence chosen, "1" to "4"; null otherwise.</summary>
    public Domain.Risks.Consequence? ChosenConsequence => CardInputs.Level<Domain.Risks.Consequence>(Consequence);

    /// <summary>The input of the register's form a field is filled in, where a refusal about it is shown.</summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.Process => CardKeys.RiskProcess,
        Field.Description => CardKeys.RiskDescription,
        Field.Probability => CardKeys.RiskProbability,
        Field.Consequence => CardKeys.RiskConsequence,
        _ => null,
    };
}

/// <summary>What the user typed in one risk's forms (assess again, an action, no longer current), put back after a refusal.</summary>
public sealed record RiskCardDraft
{
    /// <summary>Input "riskProbability": "1" to "4".</summary>
    public string? Probability { get; init; }

    /// <summary>Input "riskConsequence": "1" to "4".</summary>
    public string? Consequence { get; init; }

    /// <summary>Input "riskComment": why the risk is assessed so.</summary>
    public string? Comment { get; init; }

    /// <summary>Input "riskState": "Atgardad" or "Inaktuell".</summary>
    public string? State { get; init; }

    /// <summary>Input "riskClosing": why it is no longer current.</summary>
    public string? Closing { get; init; }

    /// <summary>The shared action form's inputs (Actions/ActionFormPart).</summary>
    public ActionFormDraft Action { get; init; } = new();

    public static RiskCardDraft FromInputs(JsonObject? data) => new()
    {
        Probability = CardInputs.Text(data, CardKeys.RiskProbability),
        Consequence = CardInputs.Text(data, CardKeys.RiskConsequence),
        Comment = CardInputs.Text(data, CardKeys.RiskComment),
        State = CardInputs.Text(data, CardKeys.RiskState),
        Closing = CardInputs.Text(data, CardKeys.RiskClosing),
        Action = ActionFormDraft.FromInputs(data),
    };

    /// <summary>The risk and unit a press names, and the revision the card showed (null when it carries none).</summary>
    public static (string? UnitId, string? RiskId, int? Revision) PressOf(JsonObject? data) =>
        (CardInputs.Text(data, CardKeys.Unit), CardInputs.Text(data, CardKeys.Risk), CardInputs.Number(data, CardKeys.RiskRevision));

    public Domain.Risks.Probability? ChosenProbability => CardInputs.Level<Domain.Risks.Probability>(Probability);

    public Domain.Risks.Consequence? ChosenConsequence => CardInputs.Level<Domain.Risks.Consequence>(Consequence);

    /// <summary>The state chosen: only "Atgardad" or "Inaktuell" (Aktuell is no closing).</summary>
    public Domain.Risks.RiskState? ChosenState => CardInputs.Named<Domain.Risks.RiskState>(State) is { } state && state != Domain.Risks.RiskState.Aktuell ? state : null;

    /// <summary>Whether anything was typed in the assess-again form.</summary>
    public bool InReassessment => Probability is not null || Consequence is not null || Comment is not null;

    /// <summary>Whether anything was typed in the action form.</summary>
    public bool InAction => Action.Any;

    /// <summary>Whether anything was typed in the no-longer-current form.</summary>
    public bool InClosing => State is not null || Closing is not null;

    /// <summary>The input of one risk's card a field is filled in, where a refusal about it is shown.</summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.Probability => CardKeys.RiskProbability,
        Field.Consequence => CardKeys.RiskConsequence,
        Field.RiskComment => CardKeys.RiskComment,
        Field.RiskState => CardKeys.RiskState,
        Field.RiskClosing => CardKeys.RiskClosing,
        _ => ActionFormDraft.InputOf(field),
    };
}
