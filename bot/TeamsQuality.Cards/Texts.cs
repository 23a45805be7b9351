using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Administration;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Cards;

/// <summary>
/// Everything the bot says, in Swedish and English. The domain's own words (hållplats, egenkontroll, avvikelse,
/// lex Sarah, enhetschef …) stay Swedish in English too: they are the users' words.
/// </summary>
public sealed record Texts
{
    public static Texts Swedish { get; } = new()
    {
        Language = UiLanguage.Swedish,
        ProductTagline = "Systematiskt kvalitetsarbete i vardagen",
        HelpTitle = "Det här kan TeamsQuality",
        HelpIntro = "Jag hjälper er enhet med kvalitetsarbetet enligt Tryggve, direkt i Teams: hållplatser för lärande, egenkontroller, avvikelser och lex Sarah, åtgärder som följs till slut och kvalitetsberättelsen.",
        HelpCommandsHeading = "Skriv till mig",
        HelpChannelHint = "I en kanal: nämn mig först, till exempel @TeamsQuality hjälp.",
        HelpFallbackText = "TeamsQuality: skriv \"hjälp\" för att se vad jag kan göra.",
        NotUnderstood = "Jag förstod inte \"{0}\". Så här kan du använda mig:",
        WelcomeTitle = "Välkommen till TeamsQuality",
        WelcomePersonal = "Hej {0}! Här får du påminnelser om hållplatser och egenkontroller, kan rapportera avvikelser och följa det du ansvarar för.",
        WelcomeTeam = "Hej allihop! Här i kanalen lägger jag upp enhetens hållplatser för lärande när de är dags, så att ni kan göra analysen tillsammans.",
        WelcomeFallbackText = "Välkommen till TeamsQuality.",
        ShowHelp = "Visa vad jag kan",
        WhoAmI = "Vem är jag?",
        BackToHelp = "Tillbaka till hjälpen",
        ProfileTitle = "Du i TeamsQuality",
        ProfileName = "Namn",
        ProfileRole = "Roll",
        ProfileUnit = "Enhet",
        ProfileChannel = "Kanal",
        ProfileOrganisation = "Organisation",
        ProfileAllUnits = "Följer alla enheter",
        ProfileUnknown = "Du finns inte med i organisationen i TeamsQuality än. Be en verksamhetsutvecklare att lägga till dig.",
        ProfileFallbackText = "Din roll och enhet i TeamsQuality.",
        SomethingWentWrong = "Något gick fel hos mig. Försök igen om en stund – det du skrev finns kvar.",
        WorkingOnIt = "Jag arbetar på det …",
        StopTitle = "Hållplats {0}: {1}",
        StopOfCount = "Hållplats {0} av {1}: {2}",
        StopDueTitle = "Dags för hållplats för lärande",
        StopDueHowTo = "Samtala tillsammans och skriv era tankar här: analysen går i fyra steg med frågor i varje steg, och alla på enheten kan bidra. Enhetschefen, eller den chefen utser, dokumenterar.",
        StopDueFallback = "Dags för hållplats {0}: {1} ({2})",
        StopPerspectiveLabel = "Perspektiv",
        StopTimeLabel = "Tidsåtgång",
        StopHeldByLabel = "Hålls av",
        StopDueDateLabel = "Klar senast",
        StopAlsoDocumentedAsLabel = "Dokumenteras också som",
        StopPurposeHeading = "Syfte",
        StopPreparationHeading = "Din förberedelse som enhetschef",
        Hours = "{0} h",
        Minutes = "{0} min",
        LogbookNotesNone = "Inga anteckningar i loggboken under det här temat än.",
        LogbookNotesOne = "1 anteckning i loggboken under det här temat",
        LogbookNotesMany = "{0} anteckningar i loggboken under det här temat",
        StartStop = "Starta hållplatsen",
        OpenStop = "Öppna hållplatsen",
        ShowAllStops = "Visa alla hållplatser",
        NudgeDueTitle = "Dags för hållplats {0}: {1}",
        NudgeReminderTitle = "En vecka kvar: hållplats {0} {1} är inte påbörjad",
        NudgeOverdueTitle = "Försenad: hållplats {0} {1} skulle vara klar {2}",
        NudgeDueText = "Hållplatsen ligger i enhetens kanal. Starta den när ni har tid för samtalet.",
        NudgeReminderText = "Boka in samtalet med medarbetarna, eller starta hållplatsen nu.",
        NudgeOverdueText = "Varje hållplats ska hållas och dokumenteras minst en gång om året.",
        TimeLeftLabel = "Tid kvar",
        DayOne = "1 dag",
        DaysMany = "{0} dagar",
        DueToday = "i dag är sista dagen",
        DaysLateLabel = "Försenad med",
        StopListTitle = "Hållplatser {0} – {1}",
        StopListProgress = "{0} av {1} klara",
        StopListOverdueCount = "Försenade: {0}",
        StopListEmpty = "Inga hållplatser är planerade för {0} än.",
        StopListDue = "klar senast {0}",
        StopListOverdue = "försenad",
        StopListNow = "dags nu",
        StopListOpen = "Öppna",
        StopListStartNow = "Starta nu",
        StopListFallback = "Hållplatserna för {0}",
        StopAccessRefused = "Det här hör till {0}. Du är inte med i den enheten, så du kan inte se det.",
        StepOf = "Steg {0} av {1} – {2}",
        StepQuestionsHeading = "Prata om det här tillsammans",
        ContributionsHeading = "Bidrag ({0})",
        ContributionsNone = "Inga bidrag än. Skriv det första!",
        ContributionsHidden = "{0} tidigare bidrag visas inte här, så att kortet inte blir för stort. De finns kvar.",
        ContributionLabel = "Ditt bidrag",
        ContributionPlaceholder = "Vad tänker du? Skriv inga namn eller personnummer på brukare.",
        Contribute = "Lägg till",
        SummaryLabel = "Sammanfattning av steget",
        SummaryNone = "Ingen sammanfattning än.",
        WrittenBy = "{0}, {1}",
        SaveSummary = "Spara sammanfattning",
        ConflictSavedHeading = "Sparad sammanfattning ({0}, {1})",
        ConflictYoursHeading = "Din text (inte sparad än)",
        ProposalsHeading = "Förslag på åtgärder ({0})",
        ProposalsNone = "Inga förslag än.",
        ProposalTitleLabel = "Förslag på åtgärd",
        ProposalOwnerLabel = "Ansvarig (valfritt)",
        ProposalOwnerPlaceholder = "Välj ansvarig",
        ProposalDueLabel = "Klart senast (valfritt)",
        Propose = "Lägg till förslag",
        OwnerIs = "Ansvarig: {0}",
        OwnerDefault = "enhetschefen",
        DueIs = "klart senast {0}",
        NoDueDate = "inget slutdatum",
        DocumentedByLabel = "Dokumenteras av",
        ManagerFallbackName = "Enhetschefen",
        DelegateLabel = "Låt en medarbetare dokumentera",
        DelegatePlaceholder = "Välj medarbetare",
        Delegate = "Delegera dokumentationen",
        PreviousStep = "Föregående steg",
        NextStep = "Nästa steg",
        FinishStop = "Avsluta hållplatsen",
        StopFinishedReadOnly = "Hållplatsen är klar. Du ser den som den dokumenterades.",
        FollowerReadOnly = "Du följer enheten och kan läsa här. Bidragen skrivs av enhetens medarbetare.",
        StepFallback = "Hållplats {0}: {1}, steg {2} av 4",
        ContributionSaved = "Ditt bidrag är tillagt.",
        SummarySaved = "Sammanfattningen är sparad.",
        ProposalSaved = "Förslaget är tillagt. Det blir en åtgärd när hållplatsen avslutas.",
        DelegatedTo = "{0} dokumenterar nu hållplatsen.",
        FinishTitle = "Avsluta hållplats {0}: {1}",
        FinishIntro = "Läs igenom sammanfattningarna och förslagen och gör bedömningen. När du avslutar blir hållplatsen Klar och förslagen blir åtgärder i enhetens plan.",
        FinishSummariesHeading = "Sammanfattningar",
        FinishStepMissing = "Ingen sammanfattning – gå tillbaka om den behövs.",
        FinishProposalsHeading = "Förslag som blir åtgärder ({0})",
        FinishNoProposals = "Inga förslag – inga åtgärder skapas.",
        NeedsActionLabel = "Bedömning: behövs åtgärder?",
        NeedsActionError = "Välj ja eller nej.",
        Yes = "Ja",
        No = "Nej",
        TrendLabel = "Trend jämfört med förra året",
        CommentLabel = "Kommentar",
        Back = "Tillbaka",
        FinishFallback = "Avsluta hållplats {0}: {1}",
        StopClosedTitle = "Hållplats {0}: {1} är klar",
        StopNotFinished = "Hållplatsen är inte avslutad än.",
        StatusLabel = "Status",
        FinishedByLabel = "Avslutad av",
        AssessmentLabel = "Bedömning",
        AssessmentNeedsAction = "Åtgärder behövs",
        AssessmentNoAction = "Inga åtgärder behövs",
        TrendFactLabel = "Trend",
        StepSummariesHeading = "Analysen steg för steg",
        ActionsCreatedHeading = "Åtgärder i enhetens plan ({0})",
        ActionsNone = "Inga åtgärder skapades.",
        OriginIs = "Ursprung: {0}",
        StopClosedFallback = "Hållplats {0}: {1} är klar",
        LogbookTitle = "Skriv i loggboken",
        LogbookIntro = "Anteckna något du lärt dig i vardagen under en hållplats tema. Anteckningarna tas fram när hållplatsen är dags. Skriv inga namn eller personnummer på brukare.",
        LogbookStopLabel = "Tema (hållplats)",
        LogbookStopPlaceholder = "Välj tema",
        LogbookStopError = "Välj vilket tema anteckningen hör till.",
        LogbookTextLabel = "Anteckning",
        LogbookTextError = "Skriv vad du vill anteckna.",
        SaveLogbookNote = "Spara i loggboken",
        LogbookNoStops = "Det finns inga hållplatser att anteckna under än. Be en verksamhetsutvecklare att lägga upp årshjulet.",
        LogbookFallback = "Skriv i loggboken",
        LogbookReceiptTitle = "Antecknat i loggboken under {0}",
        LogbookReceiptHint = "Anteckningen tas fram när hållplats {0} är dags.",
        ThemeLabel = "Tema",
        NotYourUnit = "Det här hör till en annan enhet än din, så du kan inte se det.",
        StopNotFound = "Hållplatsen finns inte (längre). Skriv \"hållplatser\" för att se enhetens hållplatser.",
        InvalidDate = "Datumet gick inte att läsa. Välj ett datum i kalendern – det du skrev finns kvar.",
        AssessmentRequired = "Gör bedömningen först: behövs åtgärder, ja eller nej?",
        LogbookNeedsUnit = "Loggboken hör till en enhet, och du är inte med i någon enhet i TeamsQuality. Be en verksamhetsutvecklare att lägga till dig.",
        LogbookNeedsTheme = "Välj vilket tema anteckningen hör till – det du skrev finns kvar.",
        ChooseUnitTitle = "Vilken enhets hållplatser vill du se?",
        ChooseUnitLabel = "Välj enhet",
        ChooseUnitError = "Välj en enhet.",
        NoUnits = "Organisationen har inga enheter i TeamsQuality än. Be en verksamhetsutvecklare att lägga upp dem.",
        ShowStops = "Visa hållplatserna",
        RefusalNotInUnit = "Bara enhetens medarbetare kan göra det här.",
        RefusalNotDocumenter = "Bara enhetschefen, eller den som chefen har delegerat dokumentationen till, kan dokumentera hållplatsen.",
        RefusalNotManager = "Bara enhetschefen kan göra det här.",
        RefusalAlreadyFinished = "Hållplatsen är redan klar och kan inte ändras. Nya tankar kan du skriva i loggboken.",
        RefusalEmptyText = "Skriv något först – fältet är tomt.",
        RefusalTextTooLong = "Texten är för lång: högst {0} tecken. Korta den och försök igen – det du skrev finns kvar.",
        RefusalContainsPersonalIdentityNumber = "Texten innehåller ett personnummer eller samordningsnummer. Skriv inte personuppgifter här – hänvisa till ärendet med dess diarienummer. Det du skrev finns kvar så att du kan ändra det.",
        RefusalSummaryChangedMeanwhile = "Någon annan sparade sammanfattningen samtidigt. Båda texterna finns kvar nedan – slå ihop dem och spara igen.",
    };

    public static Texts English { get; } = new()
    {
        Language = UiLanguage.English,
        ProductTagline = "Systematic quality work, every day",
        HelpTitle = "What TeamsQuality can do",
        HelpIntro = "I help your unit with its quality work following the Tryggve model, right in Teams: learning stops (hållplatser för lärande), self-checks (egenkontroll), deviations and lex Sarah reports, actions followed to the end, and the quality report.",
        HelpCommandsHeading = "Write to me",
        HelpChannelHint = "In a channel: mention me first, for example @TeamsQuality help.",
        HelpFallbackText = "TeamsQuality: write \"help\" to see what I can do.",
        NotUnderstood = "I did not understand \"{0}\". This is how you can use me:",
        WelcomeTitle = "Welcome to TeamsQuality",
        WelcomePersonal = "Hi {0}! Here you get reminders about learning stops and self-checks, can report deviations and follow what you are responsible for.",
        WelcomeTeam = "Hi everyone! In this channel I post the unit's learning stops when they are due, so you can do the analysis together.",
        WelcomeFallbackText = "Welcome to TeamsQuality.",
        ShowHelp = "Show what I can do",
        WhoAmI = "Who am I?",
        BackToHelp = "Back to help",
        ProfileTitle = "You in TeamsQuality",
        ProfileName = "Name",
        ProfileRole = "Role",
        ProfileUnit = "Unit",
        ProfileChannel = "Channel",
        ProfileOrganisation = "Organisation",
        ProfileAllUnits = "Follows all units",
        ProfileUnknown = "You are not in the organisation in TeamsQuality yet. Ask a quality developer (verksamhetsutvecklare) to add you.",
        ProfileFallbackText = "Your role and unit in TeamsQuality.",
        SomethingWentWrong = "Something went wrong on my side. Please try again shortly – what you wrote is kept.",
        WorkingOnIt = "Working on it …",
        StopTitle = "Hållplats {0}: {1}",
        StopOfCount = "Hållplats {0} of {1}: {2}",
        StopDueTitle = "Time for a hållplats för lärande (learning stop)",
        StopDueHowTo = "Talk it through together and write your thoughts here: the analysis has four steps with questions in each, and everyone in the unit can contribute. The enhetschef, or the person they choose, documents it.",
        StopDueFallback = "Time for hållplats {0}: {1} ({2})",
        StopPerspectiveLabel = "Perspective",
        StopTimeLabel = "Time needed",
        StopHeldByLabel = "Held by",
        StopDueDateLabel = "Due by",
        StopAlsoDocumentedAsLabel = "Also documented as",
        StopPurposeHeading = "Purpose (syfte)",
        StopPreparationHeading = "Preparation for the enhetschef (din förberedelse)",
        Hours = "{0} h",
        Minutes = "{0} min",
        LogbookNotesNone = "No notes in the logbook (loggbok) under this theme yet.",
        LogbookNotesOne = "1 note in the logbook (loggbok) under this theme",
        LogbookNotesMany = "{0} notes in the logbook (loggbok) under this theme",
        StartStop = "Start the hållplats",
        OpenStop = "Open the hållplats",
        ShowAllStops = "Show all hållplatser",
        NudgeDueTitle = "Time for hållplats {0}: {1}",
        NudgeReminderTitle = "One week left: hållplats {0} {1} has not been started",
        NudgeOverdueTitle = "Overdue: hållplats {0} {1} was due {2}",
        NudgeDueText = "The hållplats is in the unit's channel. Start it when you have time for the conversation.",
        NudgeReminderText = "Book the conversation with the staff, or start the hållplats now.",
        NudgeOverdueText = "Every hållplats must be held and documented at least once a year.",
        TimeLeftLabel = "Time left",
        DayOne = "1 day",
        DaysMany = "{0} days",
        DueToday = "today is the last day",
        DaysLateLabel = "Overdue by",
        StopListTitle = "Hållplatser (learning stops) {0} – {1}",
        StopListProgress = "{0} of {1} done",
        StopListOverdueCount = "Overdue: {0}",
        StopListEmpty = "No hållplatser are planned for {0} yet.",
        StopListDue = "due {0}",
        StopListOverdue = "overdue (försenad)",
        StopListNow = "due now",
        StopListOpen = "Open",
        StopListStartNow = "Start now",
        StopListFallback = "The hållplatser of {0}",
        StopAccessRefused = "This belongs to {0}. You are not in that unit, so you cannot see it.",
        StepOf = "Step {0} of {1} – {2}",
        StepQuestionsHeading = "Talk about this together",
        ContributionsHeading = "Contributions ({0})",
        ContributionsNone = "No contributions yet. Write the first one!",
        ContributionsHidden = "{0} earlier contributions are not shown here, to keep the card small. They are kept.",
        ContributionLabel = "Your contribution",
        ContributionPlaceholder = "What do you think? Do not write clients' names or personal identity numbers.",
        Contribute = "Add",
        SummaryLabel = "Summary of the step",
        SummaryNone = "No summary yet.",
        WrittenBy = "{0}, {1}",
        SaveSummary = "Save summary",
        ConflictSavedHeading = "Saved summary ({0}, {1})",
        ConflictYoursHeading = "Your text (not saved yet)",
        ProposalsHeading = "Förslag på åtgärder – proposed actions ({0})",
        ProposalsNone = "No proposals yet.",
        ProposalTitleLabel = "Proposed action (förslag på åtgärd)",
        ProposalOwnerLabel = "Owner (optional)",
        ProposalOwnerPlaceholder = "Choose an owner",
        ProposalDueLabel = "Due by (optional)",
        Propose = "Add proposal",
        OwnerIs = "Owner: {0}",
        OwnerDefault = "the enhetschef",
        DueIs = "due {0}",
        NoDueDate = "no due date",
        DocumentedByLabel = "Documented by",
        ManagerFallbackName = "The enhetschef",
        DelegateLabel = "Let a staff member document",
        DelegatePlaceholder = "Choose a staff member",
        Delegate = "Delegate the documentation",
        PreviousStep = "Previous step",
        NextStep = "Next step",
        FinishStop = "Finish the hållplats",
        StopFinishedReadOnly = "This hållplats is finished (Klar). You see it as it was documented.",
        FollowerReadOnly = "You follow the unit and can read here. The contributions are written by the unit's staff.",
        StepFallback = "Hållplats {0}: {1}, step {2} of 4",
        ContributionSaved = "Your contribution is added.",
        SummarySaved = "The summary is saved.",
        ProposalSaved = "The proposal is added. It becomes an action when the hållplats is finished.",
        DelegatedTo = "{0} now documents the hållplats.",
        FinishTitle = "Finish hållplats {0}: {1}",
        FinishIntro = "Read through the summaries and proposals and make the bedömning. When you finish, the hållplats becomes Klar and the proposals become actions (åtgärder) in the unit's plan.",
        FinishSummariesHeading = "Summaries",
        FinishStepMissing = "No summary – go back if one is needed.",
        FinishProposalsHeading = "Proposals that become actions – åtgärder ({0})",
        FinishNoProposals = "No proposals – no actions are created.",
        NeedsActionLabel = "Bedömning: are actions needed?",
        NeedsActionError = "Choose yes or no.",
        Yes = "Yes",
        No = "No",
        TrendLabel = "Trend since last year",
        CommentLabel = "Comment (kommentar)",
        Back = "Back",
        FinishFallback = "Finish hållplats {0}: {1}",
        StopClosedTitle = "Hållplats {0}: {1} is finished (Klar)",
        StopNotFinished = "The hållplats is not finished yet.",
        StatusLabel = "Status",
        FinishedByLabel = "Finished by",
        AssessmentLabel = "Bedömning (assessment)",
        AssessmentNeedsAction = "Actions are needed",
        AssessmentNoAction = "No actions are needed",
        TrendFactLabel = "Trend",
        StepSummariesHeading = "The analysis step by step",
        ActionsCreatedHeading = "Actions (åtgärder) in the unit's plan ({0})",
        ActionsNone = "No actions were created.",
        OriginIs = "Origin (ursprung): {0}",
        StopClosedFallback = "Hållplats {0}: {1} is finished",
        LogbookTitle = "Write in the logbook (loggbok)",
        LogbookIntro = "Note something you learnt in daily work under a hållplats theme. The notes come up when that hållplats is due. Do not write clients' names or personal identity numbers.",
        LogbookStopLabel = "Theme (hållplats)",
        LogbookStopPlaceholder = "Choose a theme",
        LogbookStopError = "Choose the theme the note belongs to.",
        LogbookTextLabel = "Note",
        LogbookTextError = "Write what you want to note.",
        SaveLogbookNote = "Save in the logbook",
        LogbookNoStops = "There are no hållplatser to note under yet. Ask a verksamhetsutvecklare (quality developer) to set up the wheel (årshjul).",
        LogbookFallback = "Write in the logbook",
        LogbookReceiptTitle = "Noted in the logbook (loggbok) under {0}",
        LogbookReceiptHint = "The note comes up when hållplats {0} is due.",
        ThemeLabel = "Theme (tema)",
        NotYourUnit = "This belongs to another unit than yours, so you cannot see it.",
        StopNotFound = "The hållplats does not exist (any more). Write \"stops\" to see the unit's hållplatser.",
        InvalidDate = "The date could not be read. Choose a date in the calendar – what you wrote is kept.",
        AssessmentRequired = "Make the bedömning first: are actions needed, yes or no?",
        LogbookNeedsUnit = "The logbook belongs to a unit, and you are not in a unit in TeamsQuality. Ask a verksamhetsutvecklare (quality developer) to add you.",
        LogbookNeedsTheme = "Choose the theme the note belongs to – what you wrote is kept.",
        ChooseUnitTitle = "Which unit's hållplatser do you want to see?",
        ChooseUnitLabel = "Choose a unit",
        ChooseUnitError = "Choose a unit.",
        NoUnits = "The organisation has no units in TeamsQuality yet. Ask a verksamhetsutvecklare (quality developer) to add them.",
        ShowStops = "Show the hållplatser",
        RefusalNotInUnit = "Only the unit's staff can do this.",
        RefusalNotDocumenter = "Only the enhetschef, or the person the manager delegated the documentation to, can document the hållplats.",
        RefusalNotManager = "Only the enhetschef can do this.",
        RefusalAlreadyFinished = "The hållplats is already finished (Klar) and cannot be changed. You can write new thoughts in the logbook (loggbok).",
        RefusalEmptyText = "Write something first – the field is empty.",
        RefusalTextTooLong = "The text is too long: at most {0} characters. Shorten it and try again – what you wrote is kept.",
        RefusalContainsPersonalIdentityNumber = "The text contains a personnummer or samordningsnummer (personal identity number). Do not write personal data here – refer to the case by its diarienummer. What you wrote is kept so you can change it.",
        RefusalSummaryChangedMeanwhile = "Someone else saved the summary at the same time. Both texts are kept below – merge them and save again.",
    };

    public static Texts For(UiLanguage language) => language == UiLanguage.English ? English : Swedish;

    public static Texts ForLocale(string? locale) => For(UiLanguages.FromLocale(locale));

    public required UiLanguage Language { get; init; }

    public required string ProductTagline { get; init; }

    public required string HelpTitle { get; init; }

    public required string HelpIntro { get; init; }

    public required string HelpCommandsHeading { get; init; }

    public required string HelpChannelHint { get; init; }

    public required string HelpFallbackText { get; init; }

    /// <summary>{0}: what the user wrote.</summary>
    public required string NotUnderstood { get; init; }

    public required string WelcomeTitle { get; init; }

    /// <summary>{0}: the user's first name.</summary>
    public required string WelcomePersonal { get; init; }

    public required string WelcomeTeam { get; init; }

    public required string WelcomeFallbackText { get; init; }

    public required string ShowHelp { get; init; }

    public required string WhoAmI { get; init; }

    public required string BackToHelp { get; init; }

    public required string ProfileTitle { get; init; }

    public required string ProfileName { get; init; }

    public required string ProfileRole { get; init; }

    public required string ProfileUnit { get; init; }

    public required string ProfileChannel { get; init; }

    public required string ProfileOrganisation { get; init; }

    public required string ProfileAllUnits { get; init; }

    public required string ProfileUnknown { get; init; }

    public required string ProfileFallbackText { get; init; }

    public required string SomethingWentWrong { get; init; }

    public required string WorkingOnIt { get; init; }

    // ---- The learning-stop flow (hållplatser för lärande) and the logbook ----

    /// <summary>{0}: the stop's number, {1}: its theme.</summary>
    public required string StopTitle { get; init; }

    /// <summary>{0}: the stop's number, {1}: how many stops the wheel has, {2}: the theme.</summary>
    public required string StopOfCount { get; init; }

    public required string StopDueTitle { get; init; }

    public required string StopDueHowTo { get; init; }

    /// <summary>{0}: number, {1}: theme, {2}: unit.</summary>
    public required string StopDueFallback { get; init; }

    public required string StopPerspectiveLabel { get; init; }

    public required string StopTimeLabel { get; init; }

    public required string StopHeldByLabel { get; init; }

    public required string StopDueDateLabel { get; init; }

    public required string StopAlsoDocumentedAsLabel { get; init; }

    public required string StopPurposeHeading { get; init; }

    public required string StopPreparationHeading { get; init; }

    /// <summary>{0}: hours, e.g. 1,5.</summary>
    public required string Hours { get; init; }

    /// <summary>{0}: minutes.</summary>
    public required string Minutes { get; init; }

    public required string LogbookNotesNone { get; init; }

    public required string LogbookNotesOne { get; init; }

    /// <summary>{0}: how many.</summary>
    public required string LogbookNotesMany { get; init; }

    public required string StartStop { get; init; }

    public required string OpenStop { get; init; }

    public required string ShowAllStops { get; init; }

    /// <summary>{0}: number, {1}: theme.</summary>
    public required string NudgeDueTitle { get; init; }

    /// <summary>{0}: number, {1}: theme.</summary>
    public required string NudgeReminderTitle { get; init; }

    /// <summary>{0}: number, {1}: theme, {2}: the due date.</summary>
    public required string NudgeOverdueTitle { get; init; }

    public required string NudgeDueText { get; init; }

    public required string NudgeReminderText { get; init; }

    public required string NudgeOverdueText { get; init; }

    public required string TimeLeftLabel { get; init; }

    public required string DayOne { get; init; }

    /// <summary>{0}: days.</summary>
    public required string DaysMany { get; init; }

    public required string DueToday { get; init; }

    public required string DaysLateLabel { get; init; }

    /// <summary>{0}: the wheel year, {1}: the unit.</summary>
    public required string StopListTitle { get; init; }

    /// <summary>{0}: finished, {1}: all.</summary>
    public required string StopListProgress { get; init; }

    /// <summary>{0}: how many.</summary>
    public required string StopListOverdueCount { get; init; }

    /// <summary>{0}: the wheel year.</summary>
    public required string StopListEmpty { get; init; }

    /// <summary>{0}: the due date.</summary>
    public required string StopListDue { get; init; }

    public required string StopListOverdue { get; init; }

    public required string StopListNow { get; init; }

    public required string StopListOpen { get; init; }

    public required string StopListStartNow { get; init; }

    /// <summary>{0}: the unit.</summary>
    public required string StopListFallback { get; init; }

    /// <summary>{0}: the unit.</summary>
    public required string StopAccessRefused { get; init; }

    /// <summary>{0}: the step's number, {1}: how many steps, {2}: the step's name.</summary>
    public required string StepOf { get; init; }

    public required string StepQuestionsHeading { get; init; }

    /// <summary>{0}: how many.</summary>
    public required string ContributionsHeading { get; init; }

    public required string ContributionsNone { get; init; }

    /// <summary>{0}: how many are not shown.</summary>
    public required string ContributionsHidden { get; init; }

    public required string ContributionLabel { get; init; }

    public required string ContributionPlaceholder { get; init; }

    public required string Contribute { get; init; }

    public required string SummaryLabel { get; init; }

    public required string SummaryNone { get; init; }

    /// <summary>{0}: who, {1}: when.</summary>
    public required string WrittenBy { get; init; }

    public required string SaveSummary { get; init; }

    /// <summary>{0}: who saved it, {1}: when.</summary>
    public required string ConflictSavedHeading { get; init; }

    public required string ConflictYoursHeading { get; init; }

    /// <summary>{0}: how many.</summary>
    public required string ProposalsHeading { get; init; }

    public required string ProposalsNone { get; init; }

    public required string ProposalTitleLabel { get; init; }

    public required string ProposalOwnerLabel { get; init; }

    public required string ProposalOwnerPlaceholder { get; init; }

    public required string ProposalDueLabel { get; init; }

    public required string Propose { get; init; }

    /// <summary>{0}: the owner.</summary>
    public required string OwnerIs { get; init; }

    public required string OwnerDefault { get; init; }

    /// <summary>{0}: the due date.</summary>
    public required string DueIs { get; init; }

    public required string NoDueDate { get; init; }

    public required string DocumentedByLabel { get; init; }

    public required string ManagerFallbackName { get; init; }

    public required string DelegateLabel { get; init; }

    public required string DelegatePlaceholder { get; init; }

    public required string Delegate { get; init; }

    public required string PreviousStep { get; init; }

    public required string NextStep { get; init; }

    public required string FinishStop { get; init; }

    public required string StopFinishedReadOnly { get; init; }

    public required string FollowerReadOnly { get; init; }

    /// <summary>{0}: number, {1}: theme, {2}: the step.</summary>
    public required string StepFallback { get; init; }

    public required string ContributionSaved { get; init; }

    public required string SummarySaved { get; init; }

    public required string ProposalSaved { get; init; }

    /// <summary>{0}: the staff member.</summary>
    public required string DelegatedTo { get; init; }

    /// <summary>{0}: number, {1}: theme.</summary>
    public required string FinishTitle { get; init; }

    public required string FinishIntro { get; init; }

    public required string FinishSummariesHeading { get; init; }

    public required string FinishStepMissing { get; init; }

    /// <summary>{0}: how many.</summary>
    public required string FinishProposalsHeading { get; init; }

    public required string FinishNoProposals { get; init; }

    public required string NeedsActionLabel { get; init; }

    public required string NeedsActionError { get; init; }

    public required string Yes { get; init; }

    public required string No { get; init; }

    public required string TrendLabel { get; init; }

    public required string CommentLabel { get; init; }

    public required string Back { get; init; }

    /// <summary>{0}: number, {1}: theme.</summary>
    public required string FinishFallback { get; init; }

    /// <summary>{0}: number, {1}: theme.</summary>
    public required string StopClosedTitle { get; init; }

    public required string StopNotFinished { get; init; }

    public required string StatusLabel { get; init; }

    public required string FinishedByLabel { get; init; }

    public required string AssessmentLabel { get; init; }

    public required string AssessmentNeedsAction { get; init; }

    public required string AssessmentNoAction { get; init; }

    public required string TrendFactLabel { get; init; }

    public required string StepSummariesHeading { get; init; }

    /// <summary>{0}: how many.</summary>
    public required string ActionsCreatedHeading { get; init; }

    public required string ActionsNone { get; init; }

    /// <summary>{0}: the origin, e.g. "Hållplats 1 Samverkan (2027)".</summary>
    public required string OriginIs { get; init; }

    /// <summary>{0}: number, {1}: theme.</summary>
    public required string StopClosedFallback { get; init; }

    public required string LogbookTitle { get; init; }

    public required string LogbookIntro { get; init; }

    public required string LogbookStopLabel { get; init; }

    public required string LogbookStopPlaceholder { get; init; }

    public required string LogbookStopError { get; init; }

    public required string LogbookTextLabel { get; init; }

    public required string LogbookTextError { get; init; }

    public required string SaveLogbookNote { get; init; }

    public required string LogbookNoStops { get; init; }

    public required string LogbookFallback { get; init; }

    /// <summary>{0}: the theme.</summary>
    public required string LogbookReceiptTitle { get; init; }

    /// <summary>{0}: the stop's number.</summary>
    public required string LogbookReceiptHint { get; init; }

    public required string ThemeLabel { get; init; }

    public required string NotYourUnit { get; init; }

    public required string StopNotFound { get; init; }

    public required string InvalidDate { get; init; }

    public required string AssessmentRequired { get; init; }

    public required string LogbookNeedsUnit { get; init; }

    public required string LogbookNeedsTheme { get; init; }

    public required string ChooseUnitTitle { get; init; }

    public required string ChooseUnitLabel { get; init; }

    public required string ChooseUnitError { get; init; }

    public required string NoUnits { get; init; }

    public required string ShowStops { get; init; }

    public required string RefusalNotInUnit { get; init; }

    public required string RefusalNotDocumenter { get; init; }

    public required string RefusalNotManager { get; init; }

    public required string RefusalAlreadyFinished { get; init; }

    public required string RefusalEmptyText { get; init; }

    /// <summary>{0}: the longest text allowed, in characters.</summary>
    public required string RefusalTextTooLong { get; init; }

    public required string RefusalContainsPersonalIdentityNumber { get; init; }

    public required string RefusalSummaryChangedMeanwhile { get; init; }

    /// <summary>The role in the users' Swedish word, with an English gloss in English.</summary>
    public string RoleName(Role role)
    {
        var swedish = role switch
        {
            Role.Medarbetare => "Medarbetare",
            Role.Enhetschef => "Enhetschef",
            Role.BitradandeSocialchef => "Biträdande socialchef",
            Role.Verksamhetsutvecklare => "Verksamhetsutvecklare",
            Role.Socialchef => "Socialchef",
            _ => role.ToString(),
        };
        if (Language == UiLanguage.Swedish)
        {
            return swedish;
        }

        var gloss = role switch
        {
            Role.Medarbetare => "staff",
            Role.Enhetschef => "unit manager",
            Role.BitradandeSocialchef => "deputy director",
            Role.Verksamhetsutvecklare => "quality developer",
            Role.Socialchef => "director",
            _ => null,
        };
        return gloss is null ? swedish : $"{swedish} ({gloss})";
    }

    /// <summary>What to tell a person a rule of the stop refused, in a sentence that says what to do next.</summary>
    public string Refusal(StopRefusal refusal) => refusal switch
    {
        StopRefusal.NotInUnit => RefusalNotInUnit,
        StopRefusal.NotDocumenter => RefusalNotDocumenter,
        StopRefusal.NotManager => RefusalNotManager,
        StopRefusal.AlreadyFinished => RefusalAlreadyFinished,
        StopRefusal.EmptyText => RefusalEmptyText,
        StopRefusal.TextTooLong => string.Format(Language.Culture(), RefusalTextTooLong, LearningStop.LongestText),
        StopRefusal.ContainsPersonalIdentityNumber => RefusalContainsPersonalIdentityNumber,
        StopRefusal.SummaryChangedMeanwhile => RefusalSummaryChangedMeanwhile,
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

    public string HolderName(StopHolder holder) => holder switch
    {
        StopHolder.Enhet => Language == UiLanguage.Swedish ? "Enheten, chefen med medarbetarna" : "The unit (enhet), the manager with the staff",
        StopHolder.Chefsgrupp => Language == UiLanguage.Swedish ? "Chefsgruppen, ledd av biträdande socialchef" : "The manager group (chefsgrupp), led by the biträdande socialchef",
        StopHolder.Analysdag => Language == UiLanguage.Swedish ? "Analysdag" : "An analysis day (analysdag)",
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

    public string ActionStatusName(ActionStatus status) => status switch
    {
        ActionStatus.EjPaborjad => Glossed("Ej påbörjad", "not started"),
        ActionStatus.Pagaende => Glossed("Pågående", "in progress"),
        ActionStatus.Genomford => Glossed("Genomförd", "done"),
        _ => status.ToString(),
    };

    /// <summary>A domain word stays Swedish; in English it gets a short gloss after it.</summary>
    private string Glossed(string swedish, string english) => Language == UiLanguage.Swedish ? swedish : $"{swedish} ({english})";
}
