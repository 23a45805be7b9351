using System.Text.Json.Nodes;
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
