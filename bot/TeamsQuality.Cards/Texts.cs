using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Cards;

/// <summary>
/// Everything the bot says, in Swedish and English. The domain's own words (hållplats, egenkontroll, avvikelse,
/// lex Sarah, enhetschef …) stay Swedish in English too: they are the users' words.
/// </summary>
public sealed partial record Texts
{
    public static Texts Swedish { get; } = new()
    {
        Language = UiLanguage.Swedish,
        ProductTagline = "Systematiskt kvalitetsarbete i vardagen",
        HelpTitle = "Det här kan TeamsQuality",
        HelpIntro = "Jag hjälper er enhet med kvalitetsarbetet enligt Tryggve, direkt i Teams: hållplatser för lärande med loggbok, avvikelser, lex Sarah, synpunkter och klagomål, riskanalys och åtgärder som följs till slut.",
        HelpCommandsHeading = "Skriv till mig",
        HelpChannelHint = "I en kanal: nämn mig först, till exempel @TeamsQuality hjälp.",
        HelpFallbackText = "TeamsQuality: skriv \"hjälp\" för att se vad jag kan göra.",
        NotUnderstood = "Jag förstod inte \"{0}\". Så här kan du använda mig:",
        WelcomeTitle = "Välkommen till TeamsQuality",
        WelcomePersonal = "Hej {0}! Här får du påminnelser om hållplatser för lärande, kan rapportera avvikelser och följa dina rapporter och det du ansvarar för.",
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
        StorageUnavailable = "Det gick inte att spara just nu. Försök igen om en stund – det du skrev finns kvar.",
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
        StopInProgressTitle = "Hållplats för lärande pågår",
        StopFinishedTitle = "Hållplats för lärande klar",
        StopStartedStatus = "{0} av {1} – steg {2} av {3}",
        StopStartedStatusNoName = "{0} – steg {1} av {2}",
        StopFinishedStatus = "{0} – avslutad av {1}, {2}",
        ShowStopSummary = "Visa sammanfattningen",
        StopStartedNotice = "{0} har startat hållplats {1}: {2}",
        StopStartedNoticeHint = "Öppna den för att följa analysen och bidra med dina tankar.",
        RefreshCard = "Uppdatera",
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
        ContributionsShown = "Visar bidrag {0}–{1} av {2}.",
        ShowOlder = "Visa äldre",
        ShowNewer = "Visa nyare",
        ContributionLabel = "Ditt bidrag",
        ContributionPlaceholder = "Vad tänker du? Skriv inga namn eller personnummer på brukare.",
        Contribute = "Lägg till",
        SummaryLabel = "Sammanfattning av steget",
        SummaryInputLabel = "Skriv eller ändra sammanfattningen",
        SummaryNone = "Ingen sammanfattning än.",
        WrittenBy = "{0}, {1}",
        SaveSummary = "Spara sammanfattning",
        ConflictSavedHeading = "Sparad sammanfattning ({0}, {1})",
        ConflictYoursHeading = "Din text (inte sparad än)",
        ProposalsHeading = "Förslag på åtgärder ({0})",
        ProposalsNone = "Inga förslag än.",
        ProposalsHidden = "{0} förslag till visas inte här, så att kortet inte blir för stort. De finns kvar och blir åtgärder när hållplatsen avslutas.",
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
        WheelTitle = "Årshjulet {0}",
        WheelNextYearHeading = "Hjulet från {0}",
        WheelChangeHint = "Ett byte gäller från nästa år. Årets hållplatser ändras inte.",
        WheelTemplateLabel = "Mall för nästa års hjul",
        WheelChoose = "Spara valet",
        WheelChosen = "Från {0} används {1}. Årets hållplatser är som de var.",
        WheelNotAllowed = "Bara verksamhetsutvecklare kan byta hjul.",
        ChooseDelegateFirst = "Välj först vem i enheten som ska dokumentera hållplatsen.",
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
        // ---- Deviations, lex Sarah, complaints and risks ----
        ReportFilingTitle = "Ny rapport",
        ReportFilingIntro = "Avvikelse, lex Sarah, synpunkt, klagomål eller beröm – det tar en minut.",
        ReportPrivacyHint = "Skriv inga namn eller personnummer – hänvisa till ärendet med dess diarienummer.",
        ReportLexSarahAtOnce = "Lex Sarah ska rapporteras genast. Enhetschefen, verksamhetsutvecklarna och biträdande socialchef får veta det direkt.",
        ReportProblemsHeading = "Det här behöver rättas – allt du skrev finns kvar:",
        FieldKind = "Typ av rapport",
        ReportKindError = "Välj vad du rapporterar.",
        FieldWhatHappened = "Vad hände",
        WhatHappenedPlaceholder = "Beskriv kort vad som hände och vad det fick för följder.",
        WhatHappenedError = "Skriv vad som hände.",
        FieldOccurredAt = "När hände det",
        OccurredDateLabel = "När hände det? (datum)",
        OccurredDateError = "Välj datum då det hände.",
        OccurredTimeLabel = "Klockslag (om du vet)",
        FieldUnit = "Enhet",
        ReportUnitPlaceholder = "Välj enhet",
        ReportUnitError = "Välj vilken enhet det gäller.",
        FieldImmediateMeasures = "Åtgärder som redan vidtagits",
        ImmediateMeasuresLabel = "Åtgärder som redan vidtagits (om några)",
        CategoryLabel = "Kategori (om du vet)",
        CategoryPlaceholder = "Välj kategori",
        SendReport = "Skicka rapporten",
        ReportFilingFallback = "Rapportera en avvikelse, lex Sarah, synpunkt, klagomål eller beröm",
        ReportNoUnits = "Du är inte med i någon enhet i TeamsQuality, så en rapport kan inte skickas härifrån. Be en verksamhetsutvecklare att lägga till dig.",
        ReceiptTitle = "Tack! Rapporten är skickad",
        ReferenceLabel = "Referens",
        KindLabel = "Typ",
        FiledLabel = "Inkommen",
        ReceiptToldManager = "Enhetschefen har fått veta att rapporten har kommit in.",
        ReceiptToldLexSarah = "Enhetschefen, verksamhetsutvecklarna och biträdande socialchef har fått veta att rapporten har kommit in.",
        ReceiptFollowHint = "Följ dina rapporter med 'mina rapporter'.",
        ReceiptFallback = "Rapporten {0} är skickad",
        MyReportsButton = "Mina rapporter",
        OpenReport = "Öppna rapporten",
        MyReportsTitle = "Dina rapporter",
        MyReportsOne = "1 rapport",
        MyReportsMany = "{0} rapporter, den senaste först",
        MyReportsEmpty = "Du har inte rapporterat något än. När något behöver rapporteras: skriv 'rapportera' eller tryck på Ny rapport.",
        MyReportsHidden = "{0} äldre rapporter visas inte här.",
        ShowReport = "Visa",
        NewReport = "Ny rapport",
        AttentionAssessTitle = "En rapport behöver din bedömning",
        AttentionTitle = "En rapport behöver din uppmärksamhet",
        AttentionAssessText = "Bedöm den snarast: allvarlighetsgrad och omedelbara åtgärder.",
        AttentionLexSarah = "Lex Sarah: ska åtgärdas och utredas utan dröjsmål.",
        AttentionPrivacy = "Innehållet visas när du öppnar rapporten, och bara för dem som får se den.",
        AttentionFallback = "Rapport {0} behöver uppmärksamhet",
        ReportTitle = "Rapport {0}",
        ReporterLabel = "Rapporterad av",
        OccurredLabel = "Hände",
        CategoryFactLabel = "Kategori",
        NoCategory = "Ingen angiven",
        NoImmediateMeasures = "Inga angivna.",
        AssessmentHeading = "Enhetschefens bedömning",
        NotAssessedYet = "Inte bedömd än.",
        FieldSeverity = "Allvarlighetsgrad",
        MustBeReportedToIvo = "Ska anmälas till IVO",
        FieldImmediateActions = "Omedelbara åtgärder",
        IvoHeading = "Anmälan till IVO",
        IvoReported = "Beslut: anmäls till IVO",
        IvoNotReported = "Beslut: anmäls inte till IVO",
        IvoAwaiting = "Väntar på beslut om IVO-anmälan sedan {0} ({1})",
        FieldMotivation = "Motivering",
        InvestigationHeading = "Utredning ({0})",
        InvestigationNone = "Inget i utredningen än.",
        InvestigationHidden = "{0} tidigare poster i utredningen visas inte här. De finns kvar.",
        Fact = "Fakta",
        Judgement = "Bedömning",
        ReportActionsHeading = "Åtgärder ({0})",
        ReportActionsNone = "Inga åtgärder än.",
        ReportActionsHidden = "{0} åtgärder till visas inte här.",
        FieldAnswer = "Svar",
        NotAnsweredYet = "Inte besvarad än.",
        FieldDecision = "Beslut vid avslut",
        HistoryHeading = "Historik",
        HistoryHidden = "{0} äldre händelser visas inte här. De finns kvar.",
        HistoryFiled = "Rapporterad: {0}",
        HistoryAssessed = "Bedömd: {0}",
        HistoryIvoDecided = "Beslut om IVO-anmälan: {0}",
        HistoryInvestigation = "Utredning: {0}",
        HistoryAction = "Åtgärd: {0}",
        HistoryAnswered = "Besvarad",
        HistoryClosed = "Avslutad",
        YourPartHeading = "Det här kan du göra",
        AssessForm = "Bedöm rapporten",
        ReassessForm = "Ändra bedömningen",
        SeverityError = "Välj allvarlighetsgrad 1–4.",
        ShowMatrix = "Visa matrisen",
        MatrixTitle = "Allvarlighetsmatrisen: exempel på konsekvenser",
        ImmediateActionsPlaceholder = "Vad har gjorts, eller görs nu, för att rätta till det och hindra att det händer igen?",
        ImmediateActionsError = "Skriv de omedelbara åtgärderna.",
        SaveAssessment = "Spara bedömningen",
        IvoForm = "Besluta om IVO-anmälan",
        IvoDecisionLabel = "Ska rapporten anmälas till IVO?",
        IvoYes = "Ja, anmäls till IVO",
        IvoNo = "Nej, anmäls inte till IVO",
        IvoMotivationError = "Skriv en motivering.",
        SaveIvoDecision = "Spara beslutet",
        InvestigateForm = "Lägg till i utredningen",
        InvestigationTopicLabel = "Vad gäller det?",
        InvestigationTopicError = "Välj vad det gäller.",
        FieldInvestigation = "Utredningens text",
        InvestigationTextError = "Skriv vad du vill lägga till.",
        InvestigationIsFactLabel = "Fakta eller bedömning",
        InvestigationIsFactTitle = "Det här är fakta (annars en bedömning)",
        SaveInvestigation = "Spara i utredningen",
        ActionForm = "Lägg till åtgärd",
        FieldActionTitle = "Åtgärd",
        ActionTitleError = "Skriv vad som ska göras.",
        SaveAction = "Lägg till åtgärden",
        AnswerForm = "Besvara",
        AnswerError = "Skriv svaret.",
        SaveAnswer = "Spara svaret",
        CloseForm = "Avsluta rapporten",
        ClosingDecisionError = "Skriv beslutet.",
        SaveClosing = "Avsluta med beslutet",
        CloseAfterIvo = "Rapporten kan avslutas när biträdande socialchef har beslutat om IVO-anmälan.",
        Refresh = "Uppdatera",
        AssessmentSaved = "Bedömningen är sparad.",
        IvoDecisionSaved = "Beslutet om IVO-anmälan är sparat.",
        InvestigationSaved = "Det är sparat i utredningen.",
        ActionSaved = "Åtgärden är tillagd i enhetens plan.",
        AnswerSaved = "Svaret är sparat.",
        ReportClosedNotice = "Rapporten är avslutad.",
        ReportSaved = "Det är sparat i rapporten.",
        ReportAccessRefused = "Du har inte behörighet att se den här rapporten.",
        HourOne = "1 timme",
        HoursMany = "{0} timmar",
        MinuteOne = "1 minut",
        MinutesMany = "{0} minuter",
        JustNow = "nyss",
        TimeAgo = "för {0} sedan",
        IvoNudgeTitle = "Beslut om IVO-anmälan saknas",
        IvoNudgeEscalatedTitle = "Eskalerat: beslut om IVO-anmälan saknas",
        IvoNudgeAssessed = "Bedömd {0} – ska anmälas till IVO",
        IvoNudgeMissingSince = "Beslut om IVO-anmälan saknas – bedömd {0}",
        ReminderLabel = "Påminnelse",
        ReminderNumber = "nr {0}",
        IvoNudgeEscalatedNote = "Eskalerad: socialchefen och verksamhetsutvecklarna har också fått påminnelsen.",
        IvoNudgeLaw = "Lagen säger snarast: ett allvarligt missförhållande ska anmälas till IVO så snart som möjligt.",
        IvoNudgeFallback = "Beslut om IVO-anmälan saknas för {0}",
        RiskRegisterTitle = "Riskanalys – {0}",
        RiskCountOne = "1 risk",
        RiskCountMany = "{0} risker",
        RiskEmpty = "Inga risker i enhetens riskanalys än.",
        RiskValueLine = "Sannolikhet {0} × konsekvens {1} = {2}",
        RiskActionsLine = "Åtgärder: {0}",
        RiskHidden = "{0} risker till visas inte här.",
        RiskLevelsHint = "Värde 1–3 Låg, 4–7 Medium, 8–16 Kritisk.",
        AddRiskHeading = "Lägg till en risk",
        FieldRiskProcess = "Process",
        RiskProcessPlaceholder = "Till exempel Utredning eller Verkställighet",
        RiskProcessError = "Skriv vilken process risken hör till.",
        FieldRiskDescription = "Beskrivning av risken",
        RiskDescriptionError = "Beskriv risken.",
        RiskProbabilityLabel = "Sannolikhet",
        RiskProbabilityError = "Välj sannolikhet 1–4.",
        RiskConsequenceLabel = "Konsekvens",
        RiskConsequenceError = "Välj konsekvens 1–4.",
        SaveRisk = "Lägg till risken",
        RiskReadOnly = "Enhetschefen och verksamhetsutvecklarna lägger till risker.",
        RiskSaved = "Risken är tillagd.",
        RiskRegisterFallback = "Riskanalys för {0}",
        StatisticsTitle = "Rapporter {0}",
        StatisticsCalendarYear = "kalenderåret {0}",
        StatisticsSectionNone = "Inga",
        ShowReportStatistics = "Visa statistiken",
        TotalLabel = "Totalt",
        PerTertialHeading = "Per tertial",
        PerUnitHeading = "Per enhet",
        PerKindHeading = "Per typ",
        PerCategoryHeading = "Per kategori",
        PerSeverityHeading = "Per allvarlighetsgrad",
        NotAssessedLabel = "Inte bedömda",
        UncategorisedLabel = "Utan kategori",
        StatisticsEmpty = "Inga rapporter under perioden.",
        StatisticsNote = "Synpunkter, klagomål och beröm bedöms inte och räknas inte som obedömda eller utan kategori.",
        StatisticsFallback = "Rapportstatistik {0}",
        ShowRisks = "Visa riskanalysen",
        ProblemChoose = "Välj '{0}'. Det du skrev i övrigt finns kvar.",
        ProblemRequired = "Fyll i '{0}'. Det du skrev i övrigt finns kvar.",
        ProblemInTheFuture = "'{0}' ligger i framtiden. Ange när det hände – det du skrev finns kvar.",
        ProblemPersonalIdentityNumber = "Texten i '{0}' innehåller ett personnummer eller samordningsnummer. Skriv inte personuppgifter här – hänvisa till ärendet med dess diarienummer. Det du skrev finns kvar så att du kan ändra det.",
        ProblemTooLong = "Texten i '{0}' är för lång: högst {1} tecken. Korta den – det du skrev finns kvar.",
        ProblemNotAllowed = "Du har inte behörighet att göra det här med rapporten.",
        ProblemOnlyManagerAssesses = "Bara enhetens enhetschef kan bedöma rapporten.",
        ProblemOnlyManagerAnswers = "Bara enhetens enhetschef kan besvara synpunkter, klagomål och beröm.",
        ProblemOnlyDeputyDirectorDecidesIvo = "Bara biträdande socialchef beslutar om anmälan till IVO.",
        ProblemOnlyQualityDevelopersInvestigate = "Bara verksamhetsutvecklarna skriver i utredningen.",
        ProblemOnlyManagerOrQualityDeveloperAddsActions = "Bara enhetschefen eller en verksamhetsutvecklare kan lägga till åtgärder.",
        ProblemOnlyManagerOrQualityDeveloperCloses = "Bara enhetschefen eller en verksamhetsutvecklare kan avsluta rapporten.",
        ProblemOnlyManagerOrQualityDeveloperAddsRisks = "Bara enhetschefen eller en verksamhetsutvecklare kan lägga till risker.",
        ProblemWrongState = "Rapporten har ändrats så att det inte går längre. Tryck på Uppdatera och försök igen – det du skrev finns kvar.",
        ProblemCannotAssessNow = "Rapporten kan inte bedömas nu: den är redan under utredning eller avslutad.",
        ProblemCannotDecideIvoNow = "Beslut om IVO-anmälan fattas när rapporten är bedömd och innan den avslutas.",
        ProblemCannotInvestigateNow = "Rapporten kan utredas när den är bedömd, och inte när den är avslutad.",
        ProblemCannotAddActionNow = "Rapporten är avslutad, så nya åtgärder kan inte läggas till här.",
        ProblemCannotAnswerNow = "Bara synpunkter, klagomål och beröm besvaras, och inte när de är avslutade.",
        ProblemCannotCloseNow = "Rapporten kan inte avslutas än: den ska först bedömas (synpunkter, klagomål och beröm: besvaras), och den får inte redan vara avslutad.",
        ProblemIvoDecisionMissing = "Rapporten kan inte avslutas förrän biträdande socialchef har beslutat om anmälan till IVO.",
        ProblemUnknownChoice = "'{0}' har ett val som inte finns. Välj ett av valen i listan – det du skrev i övrigt finns kvar.",
        ProblemNotInUnit = "'{0}' måste vara någon i enheten eller enhetens chef. Välj någon i listan – det du skrev i övrigt finns kvar.",
        FieldActionOwner = "Ansvarig",
        StatisticsNotForRole = "Statistiken är till för enhetschefer (deras enheter), verksamhetsutvecklare, biträdande socialchef och socialchef. Dina egna rapporter och deras status ser du med 'mina rapporter'.",
        UnitReportsTitle = "Öppna rapporter – {0}",
        UnitReportsOne = "1 öppen rapport",
        UnitReportsMany = "{0} öppna rapporter, den senaste först",
        UnitReportsNone = "Inga öppna rapporter: allt som har rapporterats är avslutat.",
        UnitReportsShowing = "Visar {0}–{1} av {2}.",
        UnitReportsNewer = "Nyare",
        UnitReportsOlder = "Äldre",
        WaitedForAssessment = "har väntat på bedömning i {0}",
        WaitedForAnswer = "har väntat på svar i {0}",
        WaitedForIvoDecision = "har väntat på IVO-beslut i {0}",
        UnitReportsNotForStaff = "Enhetens rapporter är till för enhetschefen (och den ersättare chefen har utsett), verksamhetsutvecklare och biträdande socialchef. Dina egna rapporter och hur långt de har kommit ser du med 'mina rapporter'.",
        ShowUnitReports = "Visa enhetens rapporter",
        UnitReportsSubstitute = "Ersättare: {0}, {1}",
        ReportNoneToOpen = "Ingen rapport som du kan öppna har den referensen. Kontrollera den (till exempel AV-2026-0042), eller skriv 'mina rapporter' för att se dina egna.",
        ReportInChannel = "Rapporter visas bara för dem som får se dem. Tryck på knappen: det som visas då ser bara du.",
        UnitReportsInChannel = "Enhetens rapporter visas bara för enhetschefen, ersättaren, verksamhetsutvecklare och biträdande socialchef. Tryck på knappen: det som visas då ser bara du.",
        SubstituteTitle = "Ersättare för {0}",
        SubstituteIntro = "Under perioden ser och bedömer ersättaren enhetens rapporter, besvarar synpunkter och klagomål som du, och får veta när nya rapporter kommer in. Perioden gäller hela dagar, svensk tid.",
        SubstituteNone = "Ingen ersättare är utsedd.",
        SubstituteCurrentOn = "{0} är ersättare {1}.",
        SubstituteCurrentPlanned = "{0} blir ersättare {1}.",
        EndSubstitute = "Avsluta nu",
        SubstituteButton = "Ersättare",
        NameSubstituteHeading = "Utse ersättare",
        SubstitutePersonLabel = "Ersättare",
        SubstitutePersonPlaceholder = "Välj person",
        SubstitutePersonError = "Välj vem som ska vara ersättare.",
        SubstituteFromLabel = "Från och med",
        SubstituteFromError = "Välj första dagen.",
        SubstituteUntilLabel = "Till och med",
        SubstituteUntilError = "Välj sista dagen.",
        SaveSubstitute = "Utse ersättaren",
        SubstituteHistoryNamed = "utsåg {0} till ersättare {1}",
        SubstituteHistoryEnded = "avslutade ersättaren {0} ({1})",
        SubstituteSaved = "Ersättaren är utsedd och har fått veta det.",
        SubstituteEndedNotice = "Ersättarens period är avslutad.",
        SubstituteOnlyManager = "Bara enhetens chef utser ersättare.",
        SubstituteNoUnit = "Du är inte chef för någon enhet, så du har ingen ersättare att utse.",
        SubstituteProblemSelf = "Du kan inte vara din egen ersättare. Välj någon i enheten eller en annan enhetschef.",
        SubstituteProblemNotInUnit = "Ersättaren ska vara någon i enheten eller en annan enhetschef. Välj någon i listan.",
        SubstituteProblemEndsBeforeStart = "Sista dagen kan inte vara före den första.",
        SubstituteProblemFromPast = "Första dagen har redan varit. Välj i dag eller senare.",
        SubstituteProblemUntilPast = "Sista dagen har redan varit. Välj i dag eller senare.",
        SubstituteProblemNoneToEnd = "Det finns ingen ersättare att avsluta.",
        SubstituteNamedTitle = "Du är ersättare för enhetschefen",
        SubstituteNamedText = "{0} har utsett dig till ersättare för {1} {2}. Under perioden ser och bedömer du enhetens rapporter, besvarar synpunkter och klagomål och får veta när nya rapporter kommer in.",
        SubstituteEndedTitle = "Ditt uppdrag som ersättare är avslutat",
        SubstituteEndedText = "{0} har avslutat ditt uppdrag som ersättare för {1}.",
    };

    public static Texts English { get; } = new()
    {
        Language = UiLanguage.English,
        ProductTagline = "Systematic quality work, every day",
        HelpTitle = "What TeamsQuality can do",
        HelpIntro = "I help your unit with its quality work following the Tryggve model, right in Teams: learning stops (hållplatser för lärande) with a logbook, deviations, lex Sarah reports, views and complaints, risk analysis (riskanalys) and actions followed to the end.",
        HelpCommandsHeading = "Write to me",
        HelpChannelHint = "In a channel: mention me first, for example @TeamsQuality help.",
        HelpFallbackText = "TeamsQuality: write \"help\" to see what I can do.",
        NotUnderstood = "I did not understand \"{0}\". This is how you can use me:",
        WelcomeTitle = "Welcome to TeamsQuality",
        WelcomePersonal = "Hi {0}! Here you get reminders about learning stops (hållplatser), can report deviations and follow your reports and what you are responsible for.",
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
        StorageUnavailable = "It could not be saved right now. Please try again in a moment – what you wrote is kept.",
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
        StopInProgressTitle = "A hållplats för lärande (learning stop) is under way",
        StopFinishedTitle = "A hållplats för lärande (learning stop) is finished",
        StopStartedStatus = "{0} by {1} – step {2} of {3}",
        StopStartedStatusNoName = "{0} – step {1} of {2}",
        StopFinishedStatus = "{0} – closed by {1}, {2}",
        ShowStopSummary = "Show the summary",
        StopStartedNotice = "{0} has started hållplats {1}: {2}",
        StopStartedNoticeHint = "Open it to follow the analysis and add your thoughts.",
        RefreshCard = "Refresh",
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
        ContributionsShown = "Showing contributions {0}–{1} of {2}.",
        ShowOlder = "Show older",
        ShowNewer = "Show newer",
        ContributionLabel = "Your contribution",
        ContributionPlaceholder = "What do you think? Do not write clients' names or personal identity numbers.",
        Contribute = "Add",
        SummaryLabel = "Summary of the step",
        SummaryInputLabel = "Write or change the summary",
        SummaryNone = "No summary yet.",
        WrittenBy = "{0}, {1}",
        SaveSummary = "Save summary",
        ConflictSavedHeading = "Saved summary ({0}, {1})",
        ConflictYoursHeading = "Your text (not saved yet)",
        ProposalsHeading = "Förslag på åtgärder – proposed actions ({0})",
        ProposalsNone = "No proposals yet.",
        ProposalsHidden = "{0} more proposals are not shown here, to keep the card small. They are kept and become actions when the hållplats is finished.",
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
        WheelTitle = "The årshjul (annual wheel) {0}",
        WheelNextYearHeading = "The wheel from {0}",
        WheelChangeHint = "A change applies from next year. This year's hållplatser stay as they are.",
        WheelTemplateLabel = "Template for next year's wheel",
        WheelChoose = "Save the choice",
        WheelChosen = "From {0} on, {1} is used. This year's hållplatser are as they were.",
        WheelNotAllowed = "Only a verksamhetsutvecklare (quality developer) can change the wheel.",
        ChooseDelegateFirst = "First choose who in the unit is to document the hållplats.",
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
        // ---- Deviations, lex Sarah, complaints and risks ----
        ReportFilingTitle = "New report",
        ReportFilingIntro = "An avvikelse (deviation), lex Sarah, synpunkt (view), klagomål (complaint) or beröm (praise) – it takes a minute.",
        ReportPrivacyHint = "Do not write names or personnummer (personal identity numbers) – refer to the case by its diarienummer (case number).",
        ReportLexSarahAtOnce = "Lex Sarah must be reported at once (genast). The enhetschef, the verksamhetsutvecklare and the biträdande socialchef are told straight away.",
        ReportProblemsHeading = "This needs fixing – everything you wrote is kept:",
        FieldKind = "Kind of report",
        ReportKindError = "Choose what you are reporting.",
        FieldWhatHappened = "What happened",
        WhatHappenedPlaceholder = "Describe briefly what happened and what it led to.",
        WhatHappenedError = "Write what happened.",
        FieldOccurredAt = "When it happened",
        OccurredDateLabel = "When did it happen? (date)",
        OccurredDateError = "Choose the date it happened.",
        OccurredTimeLabel = "Time of day (if you know)",
        FieldUnit = "Unit",
        ReportUnitPlaceholder = "Choose a unit",
        ReportUnitError = "Choose the unit it concerns.",
        FieldImmediateMeasures = "Measures already taken",
        ImmediateMeasuresLabel = "Measures already taken (if any)",
        CategoryLabel = "Category – kategori (if you know)",
        CategoryPlaceholder = "Choose a category",
        SendReport = "Send the report",
        ReportFilingFallback = "Report an avvikelse, lex Sarah, synpunkt, klagomål or beröm",
        ReportNoUnits = "You are not in a unit in TeamsQuality, so a report cannot be sent from here. Ask a verksamhetsutvecklare (quality developer) to add you.",
        ReceiptTitle = "Thank you – the report is sent",
        ReferenceLabel = "Reference",
        KindLabel = "Kind",
        FiledLabel = "Filed",
        ReceiptToldManager = "The enhetschef (unit manager) has been told that the report has come in.",
        ReceiptToldLexSarah = "The enhetschef (unit manager), the verksamhetsutvecklare (quality developers) and the biträdande socialchef (deputy director) have been told that the report has come in.",
        ReceiptFollowHint = "Follow your reports with 'my reports'.",
        ReceiptFallback = "Report {0} is sent",
        MyReportsButton = "My reports",
        OpenReport = "Open the report",
        MyReportsTitle = "Your reports",
        MyReportsOne = "1 report",
        MyReportsMany = "{0} reports, newest first",
        MyReportsEmpty = "You have not reported anything yet. When something needs reporting: write 'report' or press New report.",
        MyReportsHidden = "{0} older reports are not shown here.",
        ShowReport = "Show",
        NewReport = "New report",
        AttentionAssessTitle = "A report needs your bedömning (assessment)",
        AttentionTitle = "A report needs your attention",
        AttentionAssessText = "Assess it soon: severity (allvarlighetsgrad) and immediate actions.",
        AttentionLexSarah = "Lex Sarah: must be remedied and investigated without delay.",
        AttentionPrivacy = "The content shows when you open the report, and only to those allowed to see it.",
        AttentionFallback = "Report {0} needs attention",
        ReportTitle = "Report {0}",
        ReporterLabel = "Reported by",
        OccurredLabel = "Happened",
        CategoryFactLabel = "Category (kategori)",
        NoCategory = "None given",
        NoImmediateMeasures = "None given.",
        AssessmentHeading = "The enhetschef's bedömning (assessment)",
        NotAssessedYet = "Not assessed yet.",
        FieldSeverity = "Severity (allvarlighetsgrad)",
        MustBeReportedToIvo = "Ska anmälas till IVO (must be reported to IVO)",
        FieldImmediateActions = "Immediate actions",
        IvoHeading = "Reporting to IVO (IVO-anmälan)",
        IvoReported = "Decision: anmäls till IVO (reported to IVO)",
        IvoNotReported = "Decision: anmäls inte till IVO (not reported to IVO)",
        IvoAwaiting = "Waiting for the decision on reporting to IVO since {0} ({1})",
        FieldMotivation = "Motivation (motivering)",
        InvestigationHeading = "Investigation – utredning ({0})",
        InvestigationNone = "Nothing in the investigation yet.",
        InvestigationHidden = "{0} earlier investigation entries are not shown here. They are kept.",
        Fact = "Fakta (fact)",
        Judgement = "Bedömning (assessment)",
        ReportActionsHeading = "Actions – åtgärder ({0})",
        ReportActionsNone = "No actions yet.",
        ReportActionsHidden = "{0} more actions are not shown here.",
        FieldAnswer = "Answer (svar)",
        NotAnsweredYet = "Not answered yet.",
        FieldDecision = "Closing decision (beslut)",
        HistoryHeading = "History (historik)",
        HistoryHidden = "{0} older events are not shown here. They are kept.",
        HistoryFiled = "Reported: {0}",
        HistoryAssessed = "Assessed: {0}",
        HistoryIvoDecided = "IVO decision: {0}",
        HistoryInvestigation = "Investigation: {0}",
        HistoryAction = "Action: {0}",
        HistoryAnswered = "Answered",
        HistoryClosed = "Closed",
        YourPartHeading = "What you can do",
        AssessForm = "Assess the report",
        ReassessForm = "Change the assessment",
        SeverityError = "Choose a severity 1–4.",
        ShowMatrix = "Show the matrix (matrisen)",
        MatrixTitle = "The severity matrix (allvarlighetsmatris): example consequences",
        ImmediateActionsPlaceholder = "What has been done, or is being done now, to put it right and keep it from happening again?",
        ImmediateActionsError = "Write the immediate actions.",
        SaveAssessment = "Save the assessment",
        IvoForm = "Decide on reporting to IVO",
        IvoDecisionLabel = "Is it to be reported to IVO?",
        IvoYes = "Yes, anmäls till IVO (reported to IVO)",
        IvoNo = "No, anmäls inte till IVO (not reported)",
        IvoMotivationError = "Write a motivation.",
        SaveIvoDecision = "Save the decision",
        InvestigateForm = "Add to the investigation",
        InvestigationTopicLabel = "What is it about?",
        InvestigationTopicError = "Choose what it is about.",
        FieldInvestigation = "Investigation text",
        InvestigationTextError = "Write what you want to add.",
        InvestigationIsFactLabel = "Fakta or bedömning (fact or assessment)",
        InvestigationIsFactTitle = "This is fakta, a fact (otherwise a bedömning, an assessment)",
        SaveInvestigation = "Save in the investigation",
        ActionForm = "Add an action",
        FieldActionTitle = "Action (åtgärd)",
        ActionTitleError = "Write what is to be done.",
        SaveAction = "Add the action",
        AnswerForm = "Answer",
        AnswerError = "Write the answer.",
        SaveAnswer = "Save the answer",
        CloseForm = "Close the report",
        ClosingDecisionError = "Write the decision.",
        SaveClosing = "Close with the decision",
        CloseAfterIvo = "The report can be closed once the biträdande socialchef (deputy director) has decided on reporting to IVO.",
        Refresh = "Refresh",
        AssessmentSaved = "The assessment is saved.",
        IvoDecisionSaved = "The decision on reporting to IVO is saved.",
        InvestigationSaved = "It is saved in the investigation.",
        ActionSaved = "The action is added to the unit's plan.",
        AnswerSaved = "The answer is saved.",
        ReportClosedNotice = "The report is closed.",
        ReportSaved = "It is saved in the report.",
        ReportAccessRefused = "You are not allowed to see this report.",
        HourOne = "1 hour",
        HoursMany = "{0} hours",
        MinuteOne = "1 minute",
        MinutesMany = "{0} minutes",
        JustNow = "just now",
        TimeAgo = "{0} ago",
        IvoNudgeTitle = "The decision on reporting to IVO (IVO-anmälan) is missing",
        IvoNudgeEscalatedTitle = "Escalated: the decision on reporting to IVO (IVO-anmälan) is missing",
        IvoNudgeAssessed = "Assessed {0} – ska anmälas till IVO (must be reported to IVO)",
        IvoNudgeMissingSince = "No decision on reporting to IVO – assessed {0}",
        ReminderLabel = "Reminder",
        ReminderNumber = "no. {0}",
        IvoNudgeEscalatedNote = "Escalated: the socialchef (director) and the verksamhetsutvecklare (quality developers) have been reminded too.",
        IvoNudgeLaw = "The law says snarast: a serious missförhållande (irregularity) must be reported to IVO as soon as possible.",
        IvoNudgeFallback = "The IVO decision is missing for {0}",
        RiskRegisterTitle = "Riskanalys (risk analysis) – {0}",
        RiskCountOne = "1 risk",
        RiskCountMany = "{0} risks",
        RiskEmpty = "No risks in the unit's riskanalys yet.",
        RiskValueLine = "Probability (sannolikhet) {0} × consequence (konsekvens) {1} = {2}",
        RiskActionsLine = "Actions (åtgärder): {0}",
        RiskHidden = "{0} more risks are not shown here.",
        RiskLevelsHint = "Value 1–3 Låg (low), 4–7 Medium, 8–16 Kritisk (critical).",
        AddRiskHeading = "Add a risk",
        FieldRiskProcess = "Process (huvudprocess)",
        RiskProcessPlaceholder = "For example Utredning or Verkställighet",
        RiskProcessError = "Write the process the risk belongs to.",
        FieldRiskDescription = "Description of the risk",
        RiskDescriptionError = "Describe the risk.",
        RiskProbabilityLabel = "Probability (sannolikhet)",
        RiskProbabilityError = "Choose a probability 1–4.",
        RiskConsequenceLabel = "Consequence (konsekvens)",
        RiskConsequenceError = "Choose a consequence 1–4.",
        SaveRisk = "Add the risk",
        RiskReadOnly = "The enhetschef and the verksamhetsutvecklare add risks.",
        RiskSaved = "The risk is added.",
        RiskRegisterFallback = "Riskanalys for {0}",
        StatisticsTitle = "Reports – {0}",
        StatisticsCalendarYear = "calendar year {0}",
        StatisticsSectionNone = "None",
        ShowReportStatistics = "Show the statistics",
        TotalLabel = "Total",
        PerTertialHeading = "Per tertial (four months)",
        PerUnitHeading = "Per unit",
        PerKindHeading = "Per kind",
        PerCategoryHeading = "Per category (kategori)",
        PerSeverityHeading = "Per severity (allvarlighetsgrad)",
        NotAssessedLabel = "Not assessed",
        UncategorisedLabel = "Without category",
        StatisticsEmpty = "No reports in the period.",
        StatisticsNote = "Synpunkter, klagomål and beröm are not assessed and are not counted as not assessed or without category.",
        StatisticsFallback = "Report statistics – {0}",
        ShowRisks = "Show the riskanalys",
        ProblemChoose = "Choose '{0}'. Everything else you wrote is kept.",
        ProblemRequired = "Fill in '{0}'. Everything else you wrote is kept.",
        ProblemInTheFuture = "'{0}' is in the future. Give the time it happened – what you wrote is kept.",
        ProblemPersonalIdentityNumber = "The text in '{0}' contains a personnummer or samordningsnummer (personal identity number). Do not write personal data here – refer to the case by its diarienummer. What you wrote is kept so you can change it.",
        ProblemTooLong = "The text in '{0}' is too long: at most {1} characters. Shorten it – what you wrote is kept.",
        ProblemNotAllowed = "You are not allowed to do this with the report.",
        ProblemOnlyManagerAssesses = "Only the unit's enhetschef (unit manager) can assess the report.",
        ProblemOnlyManagerAnswers = "Only the unit's enhetschef (unit manager) can answer synpunkter, klagomål and beröm.",
        ProblemOnlyDeputyDirectorDecidesIvo = "Only the biträdande socialchef (deputy director) decides on reporting to IVO.",
        ProblemOnlyQualityDevelopersInvestigate = "Only the verksamhetsutvecklare (quality developers) write in the investigation.",
        ProblemOnlyManagerOrQualityDeveloperAddsActions = "Only the enhetschef or a verksamhetsutvecklare can add actions.",
        ProblemOnlyManagerOrQualityDeveloperCloses = "Only the enhetschef or a verksamhetsutvecklare can close the report.",
        ProblemOnlyManagerOrQualityDeveloperAddsRisks = "Only the enhetschef or a verksamhetsutvecklare can add risks.",
        ProblemWrongState = "The report has changed so this is no longer possible. Press Refresh and try again – what you wrote is kept.",
        ProblemCannotAssessNow = "The report cannot be assessed now: it is already being investigated or closed.",
        ProblemCannotDecideIvoNow = "The IVO decision is made once the report is assessed and before it is closed.",
        ProblemCannotInvestigateNow = "The report can be investigated once it is assessed, and not once it is closed.",
        ProblemCannotAddActionNow = "The report is closed, so new actions cannot be added here.",
        ProblemCannotAnswerNow = "Only synpunkter, klagomål and beröm are answered, and not once they are closed.",
        ProblemCannotCloseNow = "The report cannot be closed yet: it must be assessed first (synpunkter, klagomål and beröm: answered), and must not be closed already.",
        ProblemIvoDecisionMissing = "The report cannot be closed before the biträdande socialchef (deputy director) has decided on reporting to IVO.",
        ProblemUnknownChoice = "'{0}' has a choice that does not exist. Choose one from the list – everything else you wrote is kept.",
        ProblemNotInUnit = "'{0}' must be someone in the unit or the unit's manager. Choose someone from the list – everything else you wrote is kept.",
        FieldActionOwner = "Owner (ansvarig)",
        StatisticsNotForRole = "The statistics are for enhetschefer (unit managers, their units), verksamhetsutvecklare (quality developers), the biträdande socialchef (deputy director) and the socialchef (director). Your own reports and their status are in 'my reports'.",
        UnitReportsTitle = "Open reports – {0}",
        UnitReportsOne = "1 open report",
        UnitReportsMany = "{0} open reports, newest first",
        UnitReportsNone = "No open reports: everything reported is closed.",
        UnitReportsShowing = "Showing {0}–{1} of {2}.",
        UnitReportsNewer = "Newer",
        UnitReportsOlder = "Older",
        WaitedForAssessment = "has waited {0} for assessment",
        WaitedForAnswer = "has waited {0} for an answer",
        WaitedForIvoDecision = "has waited {0} for the IVO decision",
        UnitReportsNotForStaff = "The unit's reports are for the enhetschef (unit manager, and the substitute they named), verksamhetsutvecklare (quality developers) and the biträdande socialchef (deputy director). Your own reports and how far they have come are in 'my reports'.",
        ShowUnitReports = "Show the unit's reports",
        UnitReportsSubstitute = "Substitute (ersättare): {0}, {1}",
        ReportNoneToOpen = "No report you can open has that reference. Check it (for example AV-2026-0042), or write 'my reports' to see your own.",
        ReportInChannel = "Reports are shown only to those who may see them. Press the button: only you see what it shows.",
        UnitReportsInChannel = "The unit's reports are shown only to the enhetschef (unit manager), the substitute, verksamhetsutvecklare (quality developers) and the biträdande socialchef (deputy director). Press the button: only you see what it shows.",
        SubstituteTitle = "Substitute (ersättare) for {0}",
        SubstituteIntro = "While the period is on, the substitute sees and assesses the unit's reports, answers views and complaints as you do, and is told when new reports come in. The period is whole days, Swedish time.",
        SubstituteNone = "No substitute is named.",
        SubstituteCurrentOn = "{0} is the substitute {1}.",
        SubstituteCurrentPlanned = "{0} will be the substitute {1}.",
        EndSubstitute = "End it now",
        SubstituteButton = "Substitute (ersättare)",
        NameSubstituteHeading = "Name a substitute",
        SubstitutePersonLabel = "Substitute (ersättare)",
        SubstitutePersonPlaceholder = "Choose a person",
        SubstitutePersonError = "Choose who will stand in.",
        SubstituteFromLabel = "From",
        SubstituteFromError = "Choose the first day.",
        SubstituteUntilLabel = "Until (the last day)",
        SubstituteUntilError = "Choose the last day.",
        SaveSubstitute = "Name the substitute",
        SubstituteHistoryNamed = "named {0} substitute {1}",
        SubstituteHistoryEnded = "ended the substitute {0} ({1})",
        SubstituteSaved = "The substitute is named and has been told.",
        SubstituteEndedNotice = "The substitute's period is ended.",
        SubstituteOnlyManager = "Only the unit's manager names a substitute.",
        SubstituteNoUnit = "You manage no unit, so there is no substitute to name.",
        SubstituteProblemSelf = "You cannot be your own substitute. Choose someone in the unit or another enhetschef (unit manager).",
        SubstituteProblemNotInUnit = "The substitute must be someone in the unit or another enhetschef (unit manager). Choose someone from the list.",
        SubstituteProblemEndsBeforeStart = "The last day cannot be before the first.",
        SubstituteProblemFromPast = "The first day has passed. Choose today or later.",
        SubstituteProblemUntilPast = "The last day has passed. Choose today or later.",
        SubstituteProblemNoneToEnd = "There is no substitute to end.",
        SubstituteNamedTitle = "You are the substitute (ersättare) for the unit manager",
        SubstituteNamedText = "{0} has named you substitute for {1} {2}. During the period you see and assess the unit's reports, answer views and complaints, and are told when new reports come in.",
        SubstituteEndedTitle = "Your time as substitute (ersättare) is ended",
        SubstituteEndedText = "{0} has ended your time as substitute for {1}.",
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

    /// <summary>Storage is down or not answering: nothing was saved, and the card keeps what was typed.</summary>
    public required string StorageUnavailable { get; init; }

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

    /// <summary>The heading of the channel's stop card once the stop is started.</summary>
    public required string StopInProgressTitle { get; init; }

    /// <summary>The heading of the channel's stop card once the stop is finished.</summary>
    public required string StopFinishedTitle { get; init; }

    /// <summary>{0}: the status (Påbörjad), {1}: who started it, {2}: the step the unit is in, {3}: how many steps.</summary>
    public required string StopStartedStatus { get; init; }

    /// <summary>{0}: the status (Påbörjad), {1}: the step the unit is in, {2}: how many steps.</summary>
    public required string StopStartedStatusNoName { get; init; }

    /// <summary>{0}: the status (Klar), {1}: who finished it, {2}: when.</summary>
    public required string StopFinishedStatus { get; init; }

    public required string ShowStopSummary { get; init; }

    /// <summary>{0}: who started it, {1}: the stop's number, {2}: its theme.</summary>
    public required string StopStartedNotice { get; init; }

    public required string StopStartedNoticeHint { get; init; }

    /// <summary>The button that fetches the card's current view (Universal Actions refresh by hand).</summary>
    public required string RefreshCard { get; init; }

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

    /// <summary>{0}: the first shown (counting from the oldest), {1}: the last shown, {2}: how many in all.</summary>
    public required string ContributionsShown { get; init; }

    /// <summary>The button to the page of contributions before the shown ones.</summary>
    public required string ShowOlder { get; init; }

    /// <summary>The button back to the newer contributions.</summary>
    public required string ShowNewer { get; init; }

    public required string ContributionLabel { get; init; }

    public required string ContributionPlaceholder { get; init; }

    public required string Contribute { get; init; }

    public required string SummaryLabel { get; init; }

    /// <summary>The summary input's label: not the heading's words again, so the card does not say them twice.</summary>
    public required string SummaryInputLabel { get; init; }

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

    /// <summary>{0}: how many are not shown.</summary>
    public required string ProposalsHidden { get; init; }

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
    public required string ChooseDelegateFirst { get; init; }

    public required string WheelTitle { get; init; }

    public required string WheelNextYearHeading { get; init; }

    public required string WheelChangeHint { get; init; }

    public required string WheelTemplateLabel { get; init; }

    public required string WheelChoose { get; init; }

    public required string WheelChosen { get; init; }

    public required string WheelNotAllowed { get; init; }

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
        StopRefusal.OwnerNotInUnit => string.Format(Language.Culture(), ProblemNotInUnit, FieldActionOwner),
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
