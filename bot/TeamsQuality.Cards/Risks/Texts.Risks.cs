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

    /// <summary>
    /// A refusal on a risk card (the register's form, or one risk's: assess again, an action, no longer current): each
    /// names its own field; a press on a card older than the risk says so.
    /// </summary>
    public string RiskRefusal(Refusal refusal)
    {
        var culture = Language.Culture();
        return refusal switch
        {
            { Field: Field.ActionTitle or Field.ActionCause or Field.ActionOwner or Field.ActionDue or Field.ActionPurpose } => ActionRefusal(refusal),
            { Reason: RefusalReason.NotAllowed, Field: Field.Description or Field.Process } => ProblemOnlyManagerOrQualityDeveloperAddsRisks,
            { Reason: RefusalReason.NotAllowed } => ProblemOnlyManagerOrQualityDeveloperChangesRisks,
            { Reason: RefusalReason.WrongState } => ProblemRiskNotCurrent,
            { Reason: RefusalReason.ChangedMeanwhile } => ProblemRiskChangedMeanwhile,
            { Reason: RefusalReason.NotFound } => ProblemRiskNotFound,
            { Reason: RefusalReason.Required, Field: Field.Probability or Field.Consequence or Field.RiskState }
                => string.Format(culture, ProblemChoose, RiskFieldName(refusal.Field)),
            { Reason: RefusalReason.Required } => string.Format(culture, ProblemRequired, RiskFieldName(refusal.Field)),
            { Reason: RefusalReason.ContainsPersonalIdentityNumber } => string.Format(culture, ProblemPersonalIdentityNumber, RiskFieldName(refusal.Field)),
            { Reason: RefusalReason.TooLong } => string.Format(culture, ProblemTooLong, RiskFieldName(refusal.Field), FreeText.LongestText),
            _ => DeviationRefusal(refusal),
        };
    }

    /// <summary>The field as the risk cards label it, for a refusal that names it.</summary>
    private string RiskFieldName(Field field) => field switch
    {
        Field.Process => FieldRiskProcess,
        Field.Description => FieldRiskDescription,
        Field.Probability => RiskProbabilityLabel,
        Field.Consequence => RiskConsequenceLabel,
        Field.RiskComment => FieldRiskComment,
        Field.RiskState => FieldRiskState,
        Field.RiskClosing => FieldRiskClosing,
        _ => field.ToString(),
    };

    // ---- The register: the year's summary, the pages ----

    /// <summary>{0}: the year.</summary>
    public string RiskSummaryHeading => Say("Bedömda risker {0}", "Risks assessed in {0}");

    /// <summary>{0}: the year.</summary>
    public string RiskSummaryNone => Say("Inga risker bedömda {0} än.", "No risks assessed in {0} yet.");

    /// <summary>{0}: how many were assessed at the level, {1}: how many of them have actions.</summary>
    public string RiskSummaryLine => Say("{0} bedömda, {1} med åtgärder", "{0} assessed, {1} with actions");

    public string RiskSummaryHint => Say(
        "Varje risk räknas en gång, på nivån från årets senaste bedömning.",
        "Each risk counts once, at the level of its latest assessment this year.");

    /// <summary>{0}: how many are current, {1}: how many are no longer.</summary>
    public string RiskCurrentCount => Say("Aktuella risker: {0} · inte längre aktuella: {1}", "Current risks: {0} · no longer current: {1}");

    /// <summary>{0}: the first shown, {1}: the last shown, {2}: how many in all.</summary>
    public string RiskShowing => Say("Visar risk {0}–{1} av {2}, mest allvarliga först.", "Showing risks {0}–{1} of {2}, the most serious first.");

    public string RiskMoreSerious => Say("Allvarligare risker", "More serious risks");

    public string RiskLessSerious => Say("Fler risker", "More risks");

    public string OpenRisk => Say("Visa", "Open");

    /// <summary>{0}: the process, {1}: how many actions.</summary>
    public string RiskProcessAndActions => Say("Process: {0} · åtgärder: {1}", "Process: {0} · actions (åtgärder): {1}");

    public string RiskStateName(RiskState state) => state switch
    {
        RiskState.Aktuell => Glossed("Aktuell", "current"),
        RiskState.Atgardad => Glossed("Åtgärdad", "dealt with"),
        RiskState.Inaktuell => Glossed("Inaktuell", "no longer relevant"),
        _ => state.ToString(),
    };

    // ---- One risk ----

    /// <summary>{0}: the process.</summary>
    public string RiskCardTitle => Say("Risk – {0}", "Risk – {0}");

    /// <summary>{0}: the unit.</summary>
    public string RiskInUnit => Say("Riskanalys för {0}", "Riskanalys of {0}");

    /// <summary>{0}: when, {1}: who.</summary>
    public string RiskLastAssessed => Say("Senast bedömd {0} av {1}", "Last assessed {0} by {1}");

    /// <summary>{0}: the state (Åtgärdad, Inaktuell), {1}: the reason.</summary>
    public string RiskClosedLine => Say("Inte längre aktuell – {0}: {1}", "No longer current – {0}: {1}");

    public string RiskActionsHeading => Say("Åtgärder mot risken", "Actions (åtgärder) against the risk");

    public string RiskNoActions => Say("Inga åtgärder än.", "No actions yet.");

    public string RiskHistoryHeading => Say("Historik", "History");

    /// <summary>{0}: how many older changes are not shown.</summary>
    public string RiskHistoryHidden => Say("{0} äldre ändringar visas inte här.", "{0} older changes are not shown here.");

    /// <summary>{0}: the assessment ("3 × 4 = 12 Kritisk").</summary>
    public string RiskIdentifiedLine => Say("Identifierad: {0}", "Identified: {0}");

    /// <summary>{0}: the assessment before, {1}: after.</summary>
    public string RiskReassessedLine => Say("Bedömd på nytt: {0} → {1}", "Assessed again: {0} → {1}");

    /// <summary>{0}: the state.</summary>
    public string RiskClosedHistoryLine => Say("Markerad som {0}", "Marked as {0}");

    /// <summary>{0}: probability, {1}: consequence, {2}: value, {3}: level.</summary>
    public string RiskAssessmentShort => Say("{0} × {1} = {2} {3}", "{0} × {1} = {2} {3}");

    public string BackToRisks => Say("Till riskanalysen", "Back to the riskanalys");

    // ---- Assess again ----

    public string ReassessRiskForm => Say("Bedöm på nytt", "Assess again");

    public string FieldRiskComment => Say("Motivering", "Motivation (motivering)");

    public string RiskCommentPlaceholder => Say(
        "Vad har ändrats sedan förra bedömningen? Till exempel en åtgärd som är genomförd.",
        "What has changed since the last assessment? For example an action that is done.");

    public string RiskCommentError => Say("Skriv varför risken bedöms så.", "Write why the risk is assessed this way.");

    public string SaveReassessment => Say("Spara bedömningen", "Save the assessment");

    public string RiskReassessed => Say("Den nya bedömningen är sparad. Den förra finns kvar i historiken.", "The new assessment is saved. The earlier one stays in the history.");

    // ---- An action against the risk ----

    public string RiskActionForm => Say("Lägg till åtgärd", "Add an action");

    public string SaveRiskAction => Say("Lägg till i enhetens plan", "Add to the unit's plan");

    public string RiskActionAdded => Say("Åtgärden är tillagd i enhetens plan.", "The action is added to the unit's plan.");

    // ---- No longer current ----

    public string CloseRiskForm => Say("Inte längre aktuell", "No longer current");

    public string FieldRiskState => Say("Varför inte längre aktuell", "Why no longer current");

    public string FieldRiskClosing => Say("Motivering", "Reason (motivering)");

    public string RiskStateError => Say("Välj åtgärdad eller inaktuell.", "Choose åtgärdad (dealt with) or inaktuell (no longer relevant).");

    public string RiskClosingError => Say("Skriv varför risken inte längre är aktuell.", "Write why the risk is no longer current.");

    public string SaveRiskClosing => Say("Markera risken", "Mark the risk");

    public string RiskClosingHint => Say(
        "Risken tas inte bort: den finns kvar i riskanalysen med sin historik och sina åtgärder.",
        "The risk is not deleted: it stays in the riskanalys with its history and actions.");

    public string RiskClosedSaved => Say("Risken är markerad som inte längre aktuell.", "The risk is marked as no longer current.");

    /// <summary>What the user typed in a form the risk no longer offers (it was closed meanwhile).</summary>
    public string RiskUnsavedHeading => Say("Det du skrev (sparades inte)", "What you wrote (not saved)");

    // ---- Refusals ----

    public string ProblemOnlyManagerOrQualityDeveloperChangesRisks => Say(
        "Bara enhetschefen eller en verksamhetsutvecklare kan bedöma en risk, lägga till åtgärder mot den eller markera den som inte längre aktuell.",
        "Only the enhetschef or a verksamhetsutvecklare can assess a risk, add actions against it or mark it as no longer current.");

    public string ProblemRiskNotCurrent => Say(
        "Risken är inte längre aktuell, så den kan inte ändras. Det du skrev finns kvar här.",
        "The risk is no longer current, so it cannot be changed. What you wrote is kept here.");

    public string ProblemRiskChangedMeanwhile => Say(
        "Någon annan ändrade risken efter att du öppnade den. Se hur den ser ut nu och spara igen – det du skrev finns kvar.",
        "Someone else changed the risk after you opened it. See how it is now and save again – what you wrote is kept.");

    public string ProblemRiskNotFound => Say(
        "Risken finns inte, eller inte i en enhet du arbetar med.",
        "The risk does not exist, or not in a unit you work with.");
}
