using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Cards;

/// <summary>
/// The texts of the learning stops (hållplatser för lärande): due, nudges, the list, the analysis steps, finishing and
/// the summary, in Swedish and English side by side.
/// </summary>
public sealed partial class Texts
{
    // ---- The commands a user can write (the help card lists them; BotCommands routes by their patterns) ----

    public string CommandStops => Say("hållplatser", "stops");

    public string CommandStopsDescription => Say(
        "Visar enhetens hållplatser i år och deras status.",
        "Shows your unit's learning stops this year and their status.");

    // ---- The cards ----

    /// <summary>{0}: the stop's number, {1}: its theme.</summary>
    public string StopTitle => Say("Hållplats {0}: {1}", "Hållplats {0}: {1}");

    /// <summary>{0}: the stop's number, {1}: how many stops the wheel has, {2}: the theme.</summary>
    public string StopOfCount => Say("Hållplats {0} av {1}: {2}", "Hållplats {0} of {1}: {2}");

    public string StopDueTitle => Say("Dags för hållplats för lärande", "Time for a hållplats för lärande (learning stop)");

    public string StopDueHowTo => Say(
        "Samtala tillsammans och skriv era tankar här: analysen går i fyra steg med frågor i varje steg, och alla på enheten kan bidra. Enhetschefen, eller den chefen utser, dokumenterar.",
        "Talk it through together and write your thoughts here: the analysis has four steps with questions in each, and everyone in the unit can contribute. The enhetschef, or the person they choose, documents it.");

    /// <summary>{0}: number, {1}: theme, {2}: unit.</summary>
    public string StopDueFallback => Say("Dags för hållplats {0}: {1} ({2})", "Time for hållplats {0}: {1} ({2})");

    public string StopPerspectiveLabel => Say("Perspektiv", "Perspective");

    public string StopTimeLabel => Say("Tidsåtgång", "Time needed");

    public string StopHeldByLabel => Say("Hålls av", "Held by");

    public string StopDueDateLabel => Say("Klar senast", "Due by");

    public string StopAlsoDocumentedAsLabel => Say("Dokumenteras också som", "Also documented as");

    public string StopPurposeHeading => Say("Syfte", "Purpose (syfte)");

    public string StopPreparationHeading => Say("Din förberedelse som enhetschef", "Preparation for the enhetschef (din förberedelse)");

    public string StartStop => Say("Starta hållplatsen", "Start the hållplats");

    public string OpenStop => Say("Öppna hållplatsen", "Open the hållplats");

    public string ShowAllStops => Say("Visa alla hållplatser", "Show all hållplatser");

    /// <summary>The heading of the channel's stop card once the stop is started.</summary>
    public string StopInProgressTitle => Say("Hållplats för lärande pågår", "A hållplats för lärande (learning stop) is under way");

    /// <summary>The heading of the channel's stop card once the stop is finished.</summary>
    public string StopFinishedTitle => Say("Hållplats för lärande klar", "A hållplats för lärande (learning stop) is finished");

    /// <summary>{0}: the status (Påbörjad), {1}: who started it, {2}: the step the unit is in, {3}: how many steps.</summary>
    public string StopStartedStatus => Say("{0} av {1} – steg {2} av {3}", "{0} by {1} – step {2} of {3}");

    /// <summary>{0}: the status (Påbörjad), {1}: the step the unit is in, {2}: how many steps.</summary>
    public string StopStartedStatusNoName => Say("{0} – steg {1} av {2}", "{0} – step {1} of {2}");

    /// <summary>{0}: the status (Klar), {1}: who finished it, {2}: when.</summary>
    public string StopFinishedStatus => Say("{0} – avslutad av {1}, {2}", "{0} – closed by {1}, {2}");

    public string ShowStopSummary => Say("Visa sammanfattningen", "Show the summary");

    /// <summary>{0}: who started it, {1}: the stop's number, {2}: its theme.</summary>
    public string StopStartedNotice => Say("{0} har startat hållplats {1}: {2}", "{0} has started hållplats {1}: {2}");

    public string StopStartedNoticeHint => Say(
        "Öppna den för att följa analysen och bidra med dina tankar.",
        "Open it to follow the analysis and add your thoughts.");

    /// <summary>{0}: number, {1}: theme.</summary>
    public string NudgeDueTitle => Say("Dags för hållplats {0}: {1}", "Time for hållplats {0}: {1}");

    /// <summary>{0}: number, {1}: theme.</summary>
    public string NudgeReminderTitle => Say(
        "En vecka kvar: hållplats {0} {1} är inte påbörjad",
        "One week left: hållplats {0} {1} has not been started");

    /// <summary>{0}: number, {1}: theme, {2}: the due date.</summary>
    public string NudgeOverdueTitle => Say("Försenad: hållplats {0} {1} skulle vara klar {2}", "Overdue: hållplats {0} {1} was due {2}");

    public string NudgeDueText => Say(
        "Hållplatsen ligger i enhetens kanal. Starta den när ni har tid för samtalet.",
        "The hållplats is in the unit's channel. Start it when you have time for the conversation.");

    public string NudgeReminderText => Say(
        "Boka in samtalet med medarbetarna, eller starta hållplatsen nu.",
        "Book the conversation with the staff, or start the hållplats now.");

    public string NudgeOverdueText => Say(
        "Varje hållplats ska hållas och dokumenteras minst en gång om året.",
        "Every hållplats must be held and documented at least once a year.");

    public string TimeLeftLabel => Say("Tid kvar", "Time left");

    public string DueToday => Say("i dag är sista dagen", "today is the last day");

    public string DaysLateLabel => Say("Försenad med", "Overdue by");

    /// <summary>{0}: the wheel year, {1}: the unit.</summary>
    public string StopListTitle => Say("Hållplatser {0} – {1}", "Hållplatser (learning stops) {0} – {1}");

    /// <summary>{0}: finished, {1}: all.</summary>
    public string StopListProgress => Say("{0} av {1} klara", "{0} of {1} done");

    /// <summary>{0}: how many.</summary>
    public string StopListOverdueCount => Say("Försenade: {0}", "Overdue: {0}");

    /// <summary>{0}: the wheel year.</summary>
    public string StopListEmpty => Say("Inga hållplatser är planerade för {0} än.", "No hållplatser are planned for {0} yet.");

    /// <summary>{0}: the due date.</summary>
    public string StopListDue => Say("klar senast {0}", "due {0}");

    public string StopListOverdue => Say("försenad", "overdue (försenad)");

    public string StopListNow => Say("dags nu", "due now");

    public string StopListOpen => Say("Öppna", "Open");

    public string StopListStartNow => Say("Starta nu", "Start now");

    /// <summary>{0}: the unit.</summary>
    public string StopListFallback => Say("Hållplatserna för {0}", "The hållplatser of {0}");

    /// <summary>{0}: the unit.</summary>
    public string StopAccessRefused => Say(
        "Det här hör till {0}. Du är inte med i den enheten, så du kan inte se det.",
        "This belongs to {0}. You are not in that unit, so you cannot see it.");

    /// <summary>{0}: the step's number, {1}: how many steps, {2}: the step's name.</summary>
    public string StepOf => Say("Steg {0} av {1} – {2}", "Step {0} of {1} – {2}");

    public string StepQuestionsHeading => Say("Prata om det här tillsammans", "Talk about this together");

    /// <summary>{0}: how many.</summary>
    public string ContributionsHeading => Say("Bidrag ({0})", "Contributions ({0})");

    public string ContributionsNone => Say("Inga bidrag än. Skriv det första!", "No contributions yet. Write the first one!");

    /// <summary>{0}: the first shown (counting from the oldest), {1}: the last shown, {2}: how many in all.</summary>
    public string ContributionsShown => Say("Visar bidrag {0}–{1} av {2}.", "Showing contributions {0}–{1} of {2}.");

    /// <summary>The button to the page of contributions before the shown ones.</summary>
    public string ShowOlder => Say("Visa äldre", "Show older");

    /// <summary>The button back to the newer contributions.</summary>
    public string ShowNewer => Say("Visa nyare", "Show newer");

    public string ContributionLabel => Say("Ditt bidrag", "Your contribution");

    public string ContributionPlaceholder => Say(
        "Vad tänker du? Skriv inga namn eller personnummer på brukare.",
        "What do you think? Do not write clients' names or personal identity numbers.");

    public string Contribute => Say("Lägg till", "Add");

    public string SummaryLabel => Say("Sammanfattning av steget", "Summary of the step");

    /// <summary>The summary input's label: not the heading's words again, so the card does not say them twice.</summary>
    public string SummaryInputLabel => Say("Skriv eller ändra sammanfattningen", "Write or change the summary");

    public string SummaryNone => Say("Ingen sammanfattning än.", "No summary yet.");

    /// <summary>{0}: who, {1}: when.</summary>
    public string WrittenBy => Say("{0}, {1}", "{0}, {1}");

    public string SaveSummary => Say("Spara sammanfattning", "Save summary");

    /// <summary>{0}: who saved it, {1}: when.</summary>
    public string ConflictSavedHeading => Say("Sparad sammanfattning ({0}, {1})", "Saved summary ({0}, {1})");

    public string ConflictYoursHeading => Say("Din text (inte sparad än)", "Your text (not saved yet)");

    /// <summary>{0}: how many.</summary>
    public string ProposalsHeading => Say("Förslag på åtgärder ({0})", "Förslag på åtgärder – proposed actions ({0})");

    public string ProposalsNone => Say("Inga förslag än.", "No proposals yet.");

    /// <summary>{0}: how many are not shown.</summary>
    public string ProposalsHidden => Say(
        "{0} förslag till visas inte här, så att kortet inte blir för stort. De finns kvar och blir åtgärder när hållplatsen avslutas.",
        "{0} more proposals are not shown here, to keep the card small. They are kept and become actions when the hållplats is finished.");

    public string ProposalTitleLabel => Say("Förslag på åtgärd", "Proposed action (förslag på åtgärd)");

    public string ProposalOwnerLabel => Say("Ansvarig (valfritt)", "Owner (optional)");

    public string ProposalOwnerPlaceholder => Say("Välj ansvarig", "Choose an owner");

    public string ProposalDueLabel => Say("Klart senast (valfritt)", "Due by (optional)");

    public string Propose => Say("Lägg till förslag", "Add proposal");

    public string DocumentedByLabel => Say("Dokumenteras av", "Documented by");

    public string ManagerFallbackName => Say("Enhetschefen", "The enhetschef");

    public string DelegateLabel => Say("Låt en medarbetare dokumentera", "Let a staff member document");

    public string DelegatePlaceholder => Say("Välj medarbetare", "Choose a staff member");

    public string Delegate => Say("Delegera dokumentationen", "Delegate the documentation");

    public string PreviousStep => Say("Föregående steg", "Previous step");

    public string NextStep => Say("Nästa steg", "Next step");

    public string FinishStop => Say("Avsluta hållplatsen", "Finish the hållplats");

    public string StopFinishedReadOnly => Say(
        "Hållplatsen är klar. Du ser den som den dokumenterades.",
        "This hållplats is finished (Klar). You see it as it was documented.");

    public string FollowerReadOnly => Say(
        "Du följer enheten och kan läsa här. Bidragen skrivs av enhetens medarbetare.",
        "You follow the unit and can read here. The contributions are written by the unit's staff.");

    /// <summary>{0}: number, {1}: theme, {2}: the step.</summary>
    public string StepFallback => Say("Hållplats {0}: {1}, steg {2} av 4", "Hållplats {0}: {1}, step {2} of 4");

    public string ContributionSaved => Say("Ditt bidrag är tillagt.", "Your contribution is added.");

    public string SummarySaved => Say("Sammanfattningen är sparad.", "The summary is saved.");

    public string ProposalSaved => Say(
        "Förslaget är tillagt. Det blir en åtgärd när hållplatsen avslutas.",
        "The proposal is added. It becomes an action when the hållplats is finished.");

    /// <summary>{0}: the staff member.</summary>
    public string ChooseDelegateFirst => Say(
        "Välj först vem i enheten som ska dokumentera hållplatsen.",
        "First choose who in the unit is to document the hållplats.");

    public string DelegatedTo => Say("{0} dokumenterar nu hållplatsen.", "{0} now documents the hållplats.");

    /// <summary>{0}: number, {1}: theme.</summary>
    public string FinishTitle => Say("Avsluta hållplats {0}: {1}", "Finish hållplats {0}: {1}");

    public string FinishIntro => Say(
        "Läs igenom sammanfattningarna och förslagen och gör bedömningen. När du avslutar blir hållplatsen Klar och förslagen blir åtgärder i enhetens plan.",
        "Read through the summaries and proposals and make the bedömning. When you finish, the hållplats becomes Klar and the proposals become actions (åtgärder) in the unit's plan.");

    public string FinishSummariesHeading => Say("Sammanfattningar", "Summaries");

    public string FinishStepMissing => Say("Ingen sammanfattning – gå tillbaka om den behövs.", "No summary – go back if one is needed.");

    /// <summary>{0}: how many.</summary>
    public string FinishProposalsHeading => Say("Förslag som blir åtgärder ({0})", "Proposals that become actions – åtgärder ({0})");

    public string FinishNoProposals => Say("Inga förslag – inga åtgärder skapas.", "No proposals – no actions are created.");

    public string NeedsActionLabel => Say("Bedömning: behövs åtgärder?", "Bedömning: are actions needed?");

    public string NeedsActionError => Say("Välj ja eller nej.", "Choose yes or no.");

    public string TrendLabel => Say("Trend jämfört med förra året", "Trend since last year");

    /// <summary>{0}: number, {1}: theme.</summary>
    public string FinishFallback => Say("Avsluta hållplats {0}: {1}", "Finish hållplats {0}: {1}");

    /// <summary>{0}: number, {1}: theme.</summary>
    public string StopClosedTitle => Say("Hållplats {0}: {1} är klar", "Hållplats {0}: {1} is finished (Klar)");

    public string StopNotFinished => Say("Hållplatsen är inte avslutad än.", "The hållplats is not finished yet.");

    public string FinishedByLabel => Say("Avslutad av", "Finished by");

    public string AssessmentLabel => Say("Bedömning", "Bedömning (assessment)");

    public string AssessmentNeedsAction => Say("Åtgärder behövs", "Actions are needed");

    public string AssessmentNoAction => Say("Inga åtgärder behövs", "No actions are needed");

    public string TrendFactLabel => Say("Trend", "Trend");

    public string StepSummariesHeading => Say("Analysen steg för steg", "The analysis step by step");

    /// <summary>{0}: number, {1}: theme.</summary>
    public string StopClosedFallback => Say("Hållplats {0}: {1} är klar", "Hållplats {0}: {1} is finished");

    public string StopNotFound => Say(
        "Hållplatsen finns inte (längre). Skriv \"hållplatser\" för att se enhetens hållplatser.",
        "The hållplats does not exist (any more). Write \"stops\" to see the unit's hållplatser.");

    public string AssessmentRequired => Say(
        "Gör bedömningen först: behövs åtgärder, ja eller nej?",
        "Make the bedömning first: are actions needed, yes or no?");

    public string ShowStops => Say("Visa hållplatserna", "Show the hållplatser");

    public string RefusalNotInUnit => Say("Bara enhetens medarbetare kan göra det här.", "Only the unit's staff can do this.");

    public string RefusalNotDocumenter => Say(
        "Bara enhetschefen, eller den som chefen har delegerat dokumentationen till, kan dokumentera hållplatsen.",
        "Only the enhetschef, or the person the manager delegated the documentation to, can document the hållplats.");

    public string RefusalNotManager => Say("Bara enhetschefen kan göra det här.", "Only the enhetschef can do this.");

    public string RefusalAlreadyFinished => Say(
        "Hållplatsen är redan klar och kan inte ändras. Nya tankar kan du skriva i loggboken.",
        "The hållplats is already finished (Klar) and cannot be changed. You can write new thoughts in the logbook (loggbok).");

    public string RefusalEmptyText => Say("Skriv något först – fältet är tomt.", "Write something first – the field is empty.");

    /// <summary>{0}: the longest text allowed, in characters.</summary>
    public string RefusalTextTooLong => Say(
        "Texten är för lång: högst {0} tecken. Korta den och försök igen – det du skrev finns kvar.",
        "The text is too long: at most {0} characters. Shorten it and try again – what you wrote is kept.");

    public string RefusalContainsPersonalIdentityNumber => Say(
        "Texten innehåller ett personnummer eller samordningsnummer. Skriv inte personuppgifter här – hänvisa till ärendet med dess diarienummer. Det du skrev finns kvar så att du kan ändra det.",
        "The text contains a personnummer or samordningsnummer (personal identity number). Do not write personal data here – refer to the case by its diarienummer. What you wrote is kept so you can change it.");

    public string RefusalSummaryChangedMeanwhile => Say(
        "Någon annan sparade sammanfattningen samtidigt. Båda texterna finns kvar nedan – slå ihop dem och spara igen.",
        "Someone else saved the summary at the same time. Both texts are kept below – merge them and save again.");

    /// <summary>
    /// What to tell a person a rule of a learning stop refused (who may do it, the stop's state, or what they typed),
    /// in a sentence that says what to do next.
    /// </summary>
    public string StopRefusalText(Refusal refusal) => refusal switch
    {
        { Reason: RefusalReason.NotFound } => StopNotFound,
        { Reason: RefusalReason.NotAllowed } => NotYourUnit,
        { Reason: RefusalReason.NotInUnit, Field: Field.ProposalOwner } => string.Format(Language.Culture(), ProblemNotInUnit, FieldActionOwner),
        { Reason: RefusalReason.NotInUnit } => RefusalNotInUnit,
        { Reason: RefusalReason.NotDocumenter } => RefusalNotDocumenter,
        { Reason: RefusalReason.NotManager } => RefusalNotManager,
        { Reason: RefusalReason.AlreadyFinished } => RefusalAlreadyFinished,
        { Reason: RefusalReason.Required, Field: Field.Documenter } => ChooseDelegateFirst,
        { Reason: RefusalReason.Required, Field: Field.NeedsAction } => AssessmentRequired,
        { Reason: RefusalReason.Required } => RefusalEmptyText,
        { Reason: RefusalReason.TooLong } => string.Format(Language.Culture(), RefusalTextTooLong, FreeText.LongestText),
        { Reason: RefusalReason.ContainsPersonalIdentityNumber } => RefusalContainsPersonalIdentityNumber,
        { Reason: RefusalReason.ChangedMeanwhile } => RefusalSummaryChangedMeanwhile,
        { Reason: RefusalReason.Invalid, Field: Field.ProposalDue } => InvalidDate,
        _ => SomethingWentWrong,
    };

    /// <summary>The step of the analysis model in the users' Swedish words, with an English gloss in English.</summary>
    public string StepName(AnalysisStep step) => step switch
    {
        AnalysisStep.Nulagesbeskrivning => Glossed("Nulägesbeskrivning", "the current situation"),
        AnalysisStep.Orsaksanalys => Glossed("Orsaksanalys", "why it looks like this"),
        AnalysisStep.DraSlutsatser => Glossed("Dra slutsatser", "conclusions"),
        AnalysisStep.ForslagPaAtgarder => Glossed("Förslag på åtgärder", "proposed actions"),
        _ => step.ToString(),
    };

    /// <summary>The stop's status as the quality report says it: Ej påbörjad, Påbörjad, Klar.</summary>
    public string StatusName(StopStatus status) => status switch
    {
        StopStatus.EjPaborjad => Glossed("Ej påbörjad", "not started"),
        StopStatus.Paborjad => Glossed("Påbörjad", "started"),
        StopStatus.Klar => Glossed("Klar", "finished"),
        _ => status.ToString(),
    };

    public string PerspectiveName(QualityPerspective perspective) => perspective switch
    {
        QualityPerspective.Strukturkvalitet => Glossed("Strukturkvalitet", "resources, competence, routines"),
        QualityPerspective.Processkvalitet => Glossed("Processkvalitet", "how the work is done"),
        QualityPerspective.Resultatkvalitet => Glossed("Resultatkvalitet", "outcomes for the clients"),
        _ => perspective.ToString(),
    };

    // ---- The manager group's stops (chefsgruppen) ----

    public string ManagerGroupStopsTitle => Say("Chefsgruppens hållplatser", "The manager group's hållplatser (chefsgruppen)");

    public string ManagerGroupStopsIntro => Say(
        "Hålls en gång för chefsgruppen – enhetscheferna med biträdande socialchef – inte i varje enhet.",
        "Held once for the manager group (chefsgruppen) – the unit managers with the deputy director (biträdande socialchef) – not in each unit.");

    public string ManagerGroupHeldBy => Say("Hålls av", "Held by");

    public string ManagerGroupNudgeText => Say(
        "Du leder chefsgruppens hållplats: samla enhetscheferna till samtalet och dokumentera det (eller delegera).",
        "You lead the manager group's hållplats: gather the unit managers for the conversation and document it (or delegate).");

    public string HolderName(StopHolder holder) => holder switch
    {
        StopHolder.Enhet => Say("Enheten, chefen med medarbetarna", "The unit (enhet), the manager with the staff"),
        StopHolder.Chefsgrupp => Say("Chefsgruppen, ledd av biträdande socialchef", "The manager group (chefsgrupp), led by the biträdande socialchef"),
        StopHolder.Analysdag => Say("Analysdag", "An analysis day (analysdag)"),
        _ => holder.ToString(),
    };

    /// <summary>The trend since last year; the value the finishing card sends is the enum's name.</summary>
    public string TrendName(Trend trend) => trend switch
    {
        Trend.Battre => Glossed("Bättre", "better"),
        Trend.Oforandrad => Glossed("Oförändrad", "unchanged"),
        Trend.Samre => Glossed("Sämre", "worse"),
        Trend.EjBedomd => Glossed("Ej bedömd", "not assessed"),
        _ => trend.ToString(),
    };
}
