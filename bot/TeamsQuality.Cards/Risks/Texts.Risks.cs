using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Cards;

/// <summary>The texts of the risk analysis (riskanalys), in Swedish and English side by side.</summary>
public sealed partial class Texts
{
    // ---- The commands a user can write (the help card lists them; BotCommands routes by their patterns) ----

    public string CommandRisks => Say("riskanalys", "risks");

    public string CommandRisksDescription => Say(
        "Visar enhetens riskanalys: risker per process, värde och nivå.",
        "Shows your unit's risk analysis (riskanalys): risks per process, value and level.");

    // ---- The cards ----

    /// <summary>{0}: the unit.</summary>
    public string RiskRegisterTitle => Say("Riskanalys – {0}", "Riskanalys (risk analysis) – {0}");

    public string RiskCountOne => Say("1 risk", "1 risk");

    /// <summary>{0}: how many.</summary>
    public string RiskCountMany => Say("{0} risker", "{0} risks");

    public string RiskEmpty => Say("Inga risker i enhetens riskanalys än.", "No risks in the unit's riskanalys yet.");

    /// <summary>{0}: the probability, {1}: the consequence, {2}: the value.</summary>
    public string RiskValueLine => Say(
        "Sannolikhet {0} × konsekvens {1} = {2}",
        "Probability (sannolikhet) {0} × consequence (konsekvens) {1} = {2}");

    /// <summary>{0}: how many.</summary>
    public string RiskActionsLine => Say("Åtgärder: {0}", "Actions (åtgärder): {0}");

    /// <summary>{0}: how many are not shown.</summary>
    public string RiskHidden => Say("{0} risker till visas inte här.", "{0} more risks are not shown here.");

    public string RiskLevelsHint => Say("Värde 1–3 Låg, 4–7 Medium, 8–16 Kritisk.", "Value 1–3 Låg (low), 4–7 Medium, 8–16 Kritisk (critical).");

    public string AddRiskHeading => Say("Lägg till en risk", "Add a risk");

    public string FieldRiskProcess => Say("Process", "Process (huvudprocess)");

    public string RiskProcessPlaceholder => Say("Till exempel Utredning eller Verkställighet", "For example Utredning or Verkställighet");

    public string RiskProcessError => Say("Skriv vilken process risken hör till.", "Write the process the risk belongs to.");

    public string FieldRiskDescription => Say("Beskrivning av risken", "Description of the risk");

    public string RiskDescriptionError => Say("Beskriv risken.", "Describe the risk.");

    public string RiskProbabilityLabel => Say("Sannolikhet", "Probability (sannolikhet)");

    public string RiskProbabilityError => Say("Välj sannolikhet 1–4.", "Choose a probability 1–4.");

    public string RiskConsequenceLabel => Say("Konsekvens", "Consequence (konsekvens)");

    public string RiskConsequenceError => Say("Välj konsekvens 1–4.", "Choose a consequence 1–4.");

    public string SaveRisk => Say("Lägg till risken", "Add the risk");

    public string RiskReadOnly => Say(
        "Enhetschefen och verksamhetsutvecklarna lägger till risker.",
        "The enhetschef and the verksamhetsutvecklare add risks.");

    public string RiskSaved => Say("Risken är tillagd.", "The risk is added.");

    /// <summary>{0}: the unit.</summary>
    public string RiskRegisterFallback => Say("Riskanalys för {0}", "Riskanalys for {0}");

    public string ShowRisks => Say("Visa riskanalysen", "Show the riskanalys");

    public string ProblemOnlyManagerOrQualityDeveloperAddsRisks => Say(
        "Bara enhetschefen eller en verksamhetsutvecklare kan lägga till risker.",
        "Only the enhetschef or a verksamhetsutvecklare can add risks.");

    public string RiskLevelName(RiskLevel level) => level switch
    {
        RiskLevel.Lag => Glossed("Låg", "low"),
        RiskLevel.Medium => "Medium",
        RiskLevel.Kritisk => Glossed("Kritisk", "critical"),
        _ => level.ToString(),
    };

    /// <summary>"Mycket liten" … "Mycket stor" (Tranås: sannolikhet).</summary>
    public string ProbabilityName(Probability probability) => probability switch
    {
        Probability.MycketLiten => Glossed("Mycket liten", "very unlikely"),
        Probability.Liten => Glossed("Liten", "unlikely"),
        Probability.Stor => Glossed("Stor", "likely"),
        Probability.MycketStor => Glossed("Mycket stor", "very likely"),
        _ => probability.ToString(),
    };

    /// <summary>"Mindre" … "Hög" (Tranås: konsekvens).</summary>
    public string ConsequenceName(Consequence consequence) => consequence switch
    {
        Consequence.Mindre => Glossed("Mindre", "minor"),
        Consequence.Mattlig => Glossed("Måttlig", "moderate"),
        Consequence.Betydande => Glossed("Betydande", "significant"),
        Consequence.Hog => Glossed("Hög", "high"),
        _ => consequence.ToString(),
    };

    /// <summary>A refusal on the risk register's form: each names its own field (process, description, probability, consequence).</summary>
    public string RiskRefusal(Refusal refusal) => refusal.Reason == RefusalReason.NotAllowed
        ? ProblemOnlyManagerOrQualityDeveloperAddsRisks
        : DeviationRefusal(refusal);
}
