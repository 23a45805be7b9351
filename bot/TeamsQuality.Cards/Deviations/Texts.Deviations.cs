using System.Globalization;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Cards;

/// <summary>
/// The texts of deviations, lex Sarah, views, complaints and praise: filing, the receipt, the report and its forms, the
/// unit's open reports, statistics, and a message for every problem, in Swedish and English side by side.
/// </summary>
public sealed partial class Texts
{
    // ---- The commands a user can write (the help card lists them; BotCommands routes by their patterns) ----

    public string CommandReport => Say("rapportera", "report");

    public string CommandReportDescription => Say(
        "Rapportera en avvikelse, lex Sarah, synpunkt, klagomål eller beröm – går bra från mobilen.",
        "Report a deviation (avvikelse), lex Sarah, view, complaint or praise – works from your phone.");

    public string CommandMyReports => Say("mina rapporter", "my reports");

    public string CommandMyReportsDescription => Say(
        "Visar dina rapporter och hur långt de har kommit.",
        "Shows your reports and how far they have come.");

    public string CommandUnitReports => Say("enhetens rapporter", "unit reports");

    public string CommandUnitReportsDescription => Say(
        "För enhetschefer: enhetens öppna rapporter, den senaste först, och hur länge de har väntat.",
        "For unit managers: the unit's open reports, newest first, and how long they have waited.");

    public string CommandOpenReference => Say("LS-2026-0001", "LS-2026-0001");

    public string CommandOpenReferenceDescription => Say(
        "Skriv en rapports referens så öppnas den, om du får se den.",
        "Write a report's reference to open it, if you may see it.");

    public string CommandStatistics => Say("statistik", "statistics");

    public string CommandStatisticsDescription => Say(
        "Räknar rapporterna per tertial, enhet, typ, kategori och allvarlighetsgrad.",
        "Counts the reports per tertial, unit, kind, category and severity.");

    // ---- The cards ----

    public string ReportFilingTitle => Say("Ny rapport", "New report");

    public string ReportFilingIntro => Say(
        "Avvikelse, lex Sarah, synpunkt, klagomål eller beröm – det tar en minut.",
        "An avvikelse (deviation), lex Sarah, synpunkt (view), klagomål (complaint) or beröm (praise) – it takes a minute.");

    public string ReportPrivacyHint => Say(
        "Skriv inga namn eller personnummer – hänvisa till ärendet med dess diarienummer.",
        "Do not write names or personnummer (personal identity numbers) – refer to the case by its diarienummer (case number).");

    public string ReportLexSarahAtOnce => Say(
        "Lex Sarah ska rapporteras genast. Enhetschefen, verksamhetsutvecklarna och biträdande socialchef får veta det direkt.",
        "Lex Sarah must be reported at once (genast). The enhetschef, the verksamhetsutvecklare and the biträdande socialchef are told straight away.");

    public string ReportProblemsHeading => Say(
        "Det här behöver rättas – allt du skrev finns kvar:",
        "This needs fixing – everything you wrote is kept:");

    public string FieldKind => Say("Typ av rapport", "Kind of report");

    public string ReportKindError => Say("Välj vad du rapporterar.", "Choose what you are reporting.");

    public string FieldWhatHappened => Say("Vad hände", "What happened");

    public string WhatHappenedPlaceholder => Say(
        "Beskriv kort vad som hände och vad det fick för följder.",
        "Describe briefly what happened and what it led to.");

    public string WhatHappenedError => Say("Skriv vad som hände.", "Write what happened.");

    public string FieldOccurredAt => Say("När hände det", "When it happened");

    public string OccurredDateLabel => Say("När hände det? (datum)", "When did it happen? (date)");

    public string OccurredDateError => Say("Välj datum då det hände.", "Choose the date it happened.");

    public string OccurredTimeLabel => Say("Klockslag (om du vet)", "Time of day (if you know)");

    public string FieldUnit => Say("Enhet", "Unit");

    public string ReportUnitPlaceholder => Say("Välj enhet", "Choose a unit");

    public string ReportUnitError => Say("Välj vilken enhet det gäller.", "Choose the unit it concerns.");

    public string FieldImmediateMeasures => Say("Åtgärder som redan vidtagits", "Measures already taken");

    public string ImmediateMeasuresLabel => Say("Åtgärder som redan vidtagits (om några)", "Measures already taken (if any)");

    public string CategoryLabel => Say("Kategori (om du vet)", "Category – kategori (if you know)");

    public string CategoryPlaceholder => Say("Välj kategori", "Choose a category");

    public string SendReport => Say("Skicka rapporten", "Send the report");

    public string ReportFilingFallback => Say(
        "Rapportera en avvikelse, lex Sarah, synpunkt, klagomål eller beröm",
        "Report an avvikelse, lex Sarah, synpunkt, klagomål or beröm");

    public string ReportNoUnits => Say(
        "Du är inte med i någon enhet i TeamsQuality, så en rapport kan inte skickas härifrån. Be en verksamhetsutvecklare att lägga till dig.",
        "You are not in a unit in TeamsQuality, so a report cannot be sent from here. Ask a verksamhetsutvecklare (quality developer) to add you.");

    public string ReceiptTitle => Say("Tack! Rapporten är skickad", "Thank you – the report is sent");

    public string ReferenceLabel => Say("Referens", "Reference");

    public string KindLabel => Say("Typ", "Kind");

    public string FiledLabel => Say("Inkommen", "Filed");

    public string ReceiptToldManager => Say(
        "Enhetschefen har fått veta att rapporten har kommit in.",
        "The enhetschef (unit manager) has been told that the report has come in.");

    public string ReceiptToldLexSarah => Say(
        "Enhetschefen, verksamhetsutvecklarna och biträdande socialchef har fått veta att rapporten har kommit in.",
        "The enhetschef (unit manager), the verksamhetsutvecklare (quality developers) and the biträdande socialchef (deputy director) have been told that the report has come in.");

    public string ReceiptFollowHint => Say("Följ dina rapporter med 'mina rapporter'.", "Follow your reports with 'my reports'.");

    /// <summary>{0}: the reference.</summary>
    public string ReceiptFallback => Say("Rapporten {0} är skickad", "Report {0} is sent");

    public string MyReportsButton => Say("Mina rapporter", "My reports");

    public string OpenReport => Say("Öppna rapporten", "Open the report");

    public string MyReportsTitle => Say("Dina rapporter", "Your reports");

    public string MyReportsOne => Say("1 rapport", "1 report");

    /// <summary>{0}: how many.</summary>
    public string MyReportsMany => Say("{0} rapporter, den senaste först", "{0} reports, newest first");

    public string MyReportsEmpty => Say(
        "Du har inte rapporterat något än. När något behöver rapporteras: skriv 'rapportera' eller tryck på Ny rapport.",
        "You have not reported anything yet. When something needs reporting: write 'report' or press New report.");

    /// <summary>{0}: how many are not shown.</summary>
    public string MyReportsHidden => Say("{0} äldre rapporter visas inte här.", "{0} older reports are not shown here.");

    public string ShowReport => Say("Visa", "Show");

    public string NewReport => Say("Ny rapport", "New report");

    public string AttentionAssessTitle => Say("En rapport behöver din bedömning", "A report needs your bedömning (assessment)");

    public string AttentionTitle => Say("En rapport behöver din uppmärksamhet", "A report needs your attention");

    public string AttentionAssessText => Say(
        "Bedöm den snarast: allvarlighetsgrad och omedelbara åtgärder.",
        "Assess it soon: severity (allvarlighetsgrad) and immediate actions.");

    public string AttentionLexSarah => Say(
        "Lex Sarah: ska åtgärdas och utredas utan dröjsmål.",
        "Lex Sarah: must be remedied and investigated without delay.");

    public string AttentionPrivacy => Say(
        "Innehållet visas när du öppnar rapporten, och bara för dem som får se den.",
        "The content shows when you open the report, and only to those allowed to see it.");

    /// <summary>{0}: the reference.</summary>
    public string AttentionFallback => Say("Rapport {0} behöver uppmärksamhet", "Report {0} needs attention");

    /// <summary>{0}: the reference.</summary>
    public string ReportTitle => Say("Rapport {0}", "Report {0}");

    public string ReporterLabel => Say("Rapporterad av", "Reported by");

    public string OccurredLabel => Say("Hände", "Happened");

    public string CategoryFactLabel => Say("Kategori", "Category (kategori)");

    public string NoCategory => Say("Ingen angiven", "None given");

    public string NoImmediateMeasures => Say("Inga angivna.", "None given.");

    public string AssessmentHeading => Say("Enhetschefens bedömning", "The enhetschef's bedömning (assessment)");

    public string NotAssessedYet => Say("Inte bedömd än.", "Not assessed yet.");

    public string FieldSeverity => Say("Allvarlighetsgrad", "Severity (allvarlighetsgrad)");

    public string MustBeReportedToIvo => Say("Ska anmälas till IVO", "Ska anmälas till IVO (must be reported to IVO)");

    public string FieldImmediateActions => Say("Omedelbara åtgärder", "Immediate actions");

    public string IvoHeading => Say("Anmälan till IVO", "Reporting to IVO (IVO-anmälan)");

    public string IvoReported => Say("Beslut: anmäls till IVO", "Decision: anmäls till IVO (reported to IVO)");

    public string IvoNotReported => Say("Beslut: anmäls inte till IVO", "Decision: anmäls inte till IVO (not reported to IVO)");

    /// <summary>{0}: when it was assessed, {1}: how long ago.</summary>
    public string IvoAwaiting => Say(
        "Väntar på beslut om IVO-anmälan sedan {0} ({1})",
        "Waiting for the decision on reporting to IVO since {0} ({1})");

    public string FieldMotivation => Say("Motivering", "Motivation (motivering)");

    /// <summary>{0}: how many entries.</summary>
    public string InvestigationHeading => Say("Utredning ({0})", "Investigation – utredning ({0})");

    public string InvestigationNone => Say("Inget i utredningen än.", "Nothing in the investigation yet.");

    /// <summary>{0}: how many are not shown.</summary>
    public string InvestigationHidden => Say(
        "{0} tidigare poster i utredningen visas inte här. De finns kvar.",
        "{0} earlier investigation entries are not shown here. They are kept.");

    public string Fact => Say("Fakta", "Fakta (fact)");

    public string Judgement => Say("Bedömning", "Bedömning (assessment)");

    /// <summary>{0}: how many.</summary>
    public string ReportActionsHeading => Say("Åtgärder ({0})", "Actions – åtgärder ({0})");

    public string ReportActionsNone => Say("Inga åtgärder än.", "No actions yet.");

    /// <summary>{0}: how many are not shown.</summary>
    public string ReportActionsHidden => Say("{0} åtgärder till visas inte här.", "{0} more actions are not shown here.");

    public string FieldAnswer => Say("Svar", "Answer (svar)");

    public string NotAnsweredYet => Say("Inte besvarad än.", "Not answered yet.");

    public string FieldDecision => Say("Beslut vid avslut", "Closing decision (beslut)");

    public string HistoryHeading => Say("Historik", "History (historik)");

    /// <summary>{0}: how many are not shown.</summary>
    public string HistoryHidden => Say("{0} äldre händelser visas inte här. De finns kvar.", "{0} older events are not shown here. They are kept.");

    /// <summary>{0}: the kind.</summary>
    public string HistoryFiled => Say("Rapporterad: {0}", "Reported: {0}");

    /// <summary>{0}: the severity.</summary>
    public string HistoryAssessed => Say("Bedömd: {0}", "Assessed: {0}");

    /// <summary>{0}: the decision.</summary>
    public string HistoryIvoDecided => Say("Beslut om IVO-anmälan: {0}", "IVO decision: {0}");

    /// <summary>{0}: the topic.</summary>
    public string HistoryInvestigation => Say("Utredning: {0}", "Investigation: {0}");

    /// <summary>{0}: the action's title.</summary>
    public string HistoryAction => Say("Åtgärd: {0}", "Action: {0}");

    public string HistoryAnswered => Say("Besvarad", "Answered");

    public string HistoryClosed => Say("Avslutad", "Closed");

    public string YourPartHeading => Say("Det här kan du göra", "What you can do");

    public string AssessForm => Say("Bedöm rapporten", "Assess the report");

    public string ReassessForm => Say("Ändra bedömningen", "Change the assessment");

    public string SeverityError => Say("Välj allvarlighetsgrad 1–4.", "Choose a severity 1–4.");

    public string ShowMatrix => Say("Visa matrisen", "Show the matrix (matrisen)");

    public string MatrixTitle => Say(
        "Allvarlighetsmatrisen: exempel på konsekvenser",
        "The severity matrix (allvarlighetsmatris): example consequences");

    public string ImmediateActionsPlaceholder => Say(
        "Vad har gjorts, eller görs nu, för att rätta till det och hindra att det händer igen?",
        "What has been done, or is being done now, to put it right and keep it from happening again?");

    public string ImmediateActionsError => Say("Skriv de omedelbara åtgärderna.", "Write the immediate actions.");

    public string SaveAssessment => Say("Spara bedömningen", "Save the assessment");

    public string IvoForm => Say("Besluta om IVO-anmälan", "Decide on reporting to IVO");

    public string IvoDecisionLabel => Say("Ska rapporten anmälas till IVO?", "Is it to be reported to IVO?");

    public string IvoYes => Say("Ja, anmäls till IVO", "Yes, anmäls till IVO (reported to IVO)");

    public string IvoNo => Say("Nej, anmäls inte till IVO", "No, anmäls inte till IVO (not reported)");

    public string IvoMotivationError => Say("Skriv en motivering.", "Write a motivation.");

    public string SaveIvoDecision => Say("Spara beslutet", "Save the decision");

    public string InvestigateForm => Say("Lägg till i utredningen", "Add to the investigation");

    public string InvestigationTopicLabel => Say("Vad gäller det?", "What is it about?");

    public string InvestigationTopicError => Say("Välj vad det gäller.", "Choose what it is about.");

    public string FieldInvestigation => Say("Utredningens text", "Investigation text");

    public string InvestigationTextError => Say("Skriv vad du vill lägga till.", "Write what you want to add.");

    public string InvestigationIsFactLabel => Say("Fakta eller bedömning", "Fakta or bedömning (fact or assessment)");

    public string InvestigationIsFactTitle => Say(
        "Det här är fakta (annars en bedömning)",
        "This is fakta, a fact (otherwise a bedömning, an assessment)");

    public string SaveInvestigation => Say("Spara i utredningen", "Save in the investigation");

    public string ActionForm => Say("Lägg till åtgärd", "Add an action");

    public string FieldActionTitle => Say("Åtgärd", "Action (åtgärd)");

    public string ActionTitleError => Say("Skriv vad som ska göras.", "Write what is to be done.");

    public string SaveAction => Say("Lägg till åtgärden", "Add the action");

    public string AnswerForm => Say("Besvara", "Answer");

    public string AnswerError => Say("Skriv svaret.", "Write the answer.");

    public string SaveAnswer => Say("Spara svaret", "Save the answer");

    public string CloseForm => Say("Avsluta rapporten", "Close the report");

    public string ClosingDecisionError => Say("Skriv beslutet.", "Write the decision.");

    public string SaveClosing => Say("Avsluta med beslutet", "Close with the decision");

    public string CloseAfterIvo => Say(
        "Rapporten kan avslutas när biträdande socialchef har beslutat om IVO-anmälan.",
        "The report can be closed once the biträdande socialchef (deputy director) has decided on reporting to IVO.");

    public string AssessmentSaved => Say("Bedömningen är sparad.", "The assessment is saved.");

    public string IvoDecisionSaved => Say("Beslutet om IVO-anmälan är sparat.", "The decision on reporting to IVO is saved.");

    public string InvestigationSaved => Say("Det är sparat i utredningen.", "It is saved in the investigation.");

    public string ActionSaved => Say("Åtgärden är tillagd i enhetens plan.", "The action is added to the unit's plan.");

    public string AnswerSaved => Say("Svaret är sparat.", "The answer is saved.");

    public string ReportClosedNotice => Say("Rapporten är avslutad.", "The report is closed.");

    /// <summary>Any change to a report saved (when the handler does not say which).</summary>
    public string ReportSaved => Say("Det är sparat i rapporten.", "It is saved in the report.");

    public string ReportAccessRefused => Say("Du har inte behörighet att se den här rapporten.", "You are not allowed to see this report.");

    public string IvoNudgeTitle => Say("Beslut om IVO-anmälan saknas", "The decision on reporting to IVO (IVO-anmälan) is missing");

    public string IvoNudgeEscalatedTitle => Say(
        "Eskalerat: beslut om IVO-anmälan saknas",
        "Escalated: the decision on reporting to IVO (IVO-anmälan) is missing");

    /// <summary>{0}: the severity in words, e.g. allvarlig.</summary>
    public string IvoNudgeAssessed => Say("Bedömd {0} – ska anmälas till IVO", "Assessed {0} – ska anmälas till IVO (must be reported to IVO)");

    /// <summary>{0}: how long ago it was assessed (<see cref="Ago"/>), e.g. "för 2 dagar 3 timmar sedan" or "nyss".</summary>
    public string IvoNudgeMissingSince => Say("Beslut om IVO-anmälan saknas – bedömd {0}", "No decision on reporting to IVO – assessed {0}");

    public string ReminderLabel => Say("Påminnelse", "Reminder");

    /// <summary>{0}: which reminder.</summary>
    public string ReminderNumber => Say("nr {0}", "no. {0}");

    public string IvoNudgeEscalatedNote => Say(
        "Eskalerad: socialchefen och verksamhetsutvecklarna har också fått påminnelsen.",
        "Escalated: the socialchef (director) and the verksamhetsutvecklare (quality developers) have been reminded too.");

    public string IvoNudgeLaw => Say(
        "Lagen säger snarast: ett allvarligt missförhållande ska anmälas till IVO så snart som möjligt.",
        "The law says snarast: a serious missförhållande (irregularity) must be reported to IVO as soon as possible.");

    /// <summary>{0}: the reference.</summary>
    public string IvoNudgeFallback => Say("Beslut om IVO-anmälan saknas för {0}", "The IVO decision is missing for {0}");

    /// <summary>{0}: the period, e.g. 2026.</summary>
    public string ShowReportStatistics => Say("Visa statistiken", "Show the statistics");

    public string StatisticsTitle => Say("Rapporter {0}", "Reports – {0}");

    /// <summary>{0}: the year. The period of a statistics card that counts a calendar year, not the wheel's year.</summary>
    public string StatisticsCalendarYear => Say("kalenderåret {0}", "calendar year {0}");

    /// <summary>A section of the statistics with nothing to count.</summary>
    public string StatisticsSectionNone => Say("Inga", "None");

    public string TotalLabel => Say("Totalt", "Total");

    public string PerTertialHeading => Say("Per tertial", "Per tertial (four months)");

    public string PerUnitHeading => Say("Per enhet", "Per unit");

    public string PerKindHeading => Say("Per typ", "Per kind");

    public string PerCategoryHeading => Say("Per kategori", "Per category (kategori)");

    public string PerSeverityHeading => Say("Per allvarlighetsgrad", "Per severity (allvarlighetsgrad)");

    public string NotAssessedLabel => Say("Inte bedömda", "Not assessed");

    public string UncategorisedLabel => Say("Utan kategori", "Without category");

    public string StatisticsEmpty => Say("Inga rapporter under perioden.", "No reports in the period.");

    public string StatisticsNote => Say(
        "Synpunkter, klagomål och beröm bedöms inte och räknas inte som obedömda eller utan kategori.",
        "Synpunkter, klagomål and beröm are not assessed and are not counted as not assessed or without category.");

    /// <summary>{0}: the period.</summary>
    public string StatisticsFallback => Say("Rapportstatistik {0}", "Report statistics – {0}");

    /// <summary>{0}: the field.</summary>
    public string ProblemChoose => Say("Välj '{0}'. Det du skrev i övrigt finns kvar.", "Choose '{0}'. Everything else you wrote is kept.");

    /// <summary>{0}: the field.</summary>
    public string ProblemRequired => Say("Fyll i '{0}'. Det du skrev i övrigt finns kvar.", "Fill in '{0}'. Everything else you wrote is kept.");

    /// <summary>{0}: the field.</summary>
    public string ProblemInTheFuture => Say(
        "'{0}' ligger i framtiden. Ange när det hände – det du skrev finns kvar.",
        "'{0}' is in the future. Give the time it happened – what you wrote is kept.");

    /// <summary>{0}: the field.</summary>
    public string ProblemPersonalIdentityNumber => Say(
        "Texten i '{0}' innehåller ett personnummer eller samordningsnummer. Skriv inte personuppgifter här – hänvisa till ärendet med dess diarienummer. Det du skrev finns kvar så att du kan ändra det.",
        "The text in '{0}' contains a personnummer or samordningsnummer (personal identity number). Do not write personal data here – refer to the case by its diarienummer. What you wrote is kept so you can change it.");

    /// <summary>{0}: the field, {1}: the longest text allowed.</summary>
    public string ProblemTooLong => Say(
        "Texten i '{0}' är för lång: högst {1} tecken. Korta den – det du skrev finns kvar.",
        "The text in '{0}' is too long: at most {1} characters. Shorten it – what you wrote is kept.");

    public string ProblemNotAllowed => Say(
        "Du har inte behörighet att göra det här med rapporten.",
        "You are not allowed to do this with the report.");

    public string ProblemOnlyManagerAssesses => Say(
        "Bara enhetens enhetschef kan bedöma rapporten.",
        "Only the unit's enhetschef (unit manager) can assess the report.");

    public string ProblemOnlyManagerAnswers => Say(
        "Bara enhetens enhetschef kan besvara synpunkter, klagomål och beröm.",
        "Only the unit's enhetschef (unit manager) can answer synpunkter, klagomål and beröm.");

    public string ProblemOnlyDeputyDirectorDecidesIvo => Say(
        "Bara biträdande socialchef beslutar om anmälan till IVO.",
        "Only the biträdande socialchef (deputy director) decides on reporting to IVO.");

    public string ProblemOnlyQualityDevelopersInvestigate => Say(
        "Bara verksamhetsutvecklarna skriver i utredningen.",
        "Only the verksamhetsutvecklare (quality developers) write in the investigation.");

    public string ProblemOnlyManagerOrQualityDeveloperAddsActions => Say(
        "Bara enhetschefen eller en verksamhetsutvecklare kan lägga till åtgärder.",
        "Only the enhetschef or a verksamhetsutvecklare can add actions.");

    public string ProblemOnlyManagerOrQualityDeveloperCloses => Say(
        "Bara enhetschefen eller en verksamhetsutvecklare kan avsluta rapporten.",
        "Only the enhetschef or a verksamhetsutvecklare can close the report.");

    public string ProblemWrongState => Say(
        "Rapporten har ändrats så att det inte går längre. Tryck på Uppdatera och försök igen – det du skrev finns kvar.",
        "The report has changed so this is no longer possible. Press Refresh and try again – what you wrote is kept.");

    public string ProblemCannotAssessNow => Say(
        "Rapporten kan inte bedömas nu: den är redan under utredning eller avslutad.",
        "The report cannot be assessed now: it is already being investigated or closed.");

    public string ProblemCannotDecideIvoNow => Say(
        "Beslut om IVO-anmälan fattas när rapporten är bedömd och innan den avslutas.",
        "The IVO decision is made once the report is assessed and before it is closed.");

    public string ProblemCannotInvestigateNow => Say(
        "Rapporten kan utredas när den är bedömd, och inte när den är avslutad.",
        "The report can be investigated once it is assessed, and not once it is closed.");

    public string ProblemCannotAddActionNow => Say(
        "Rapporten är avslutad, så nya åtgärder kan inte läggas till här.",
        "The report is closed, so new actions cannot be added here.");

    public string ProblemCannotAnswerNow => Say(
        "Bara synpunkter, klagomål och beröm besvaras, och inte när de är avslutade.",
        "Only synpunkter, klagomål and beröm are answered, and not once they are closed.");

    public string ProblemCannotCloseNow => Say(
        "Rapporten kan inte avslutas än: den ska först bedömas (synpunkter, klagomål och beröm: besvaras), och den får inte redan vara avslutad.",
        "The report cannot be closed yet: it must be assessed first (synpunkter, klagomål and beröm: answered), and must not be closed already.");

    public string ProblemIvoDecisionMissing => Say(
        "Rapporten kan inte avslutas förrän biträdande socialchef har beslutat om anmälan till IVO.",
        "The report cannot be closed before the biträdande socialchef (deputy director) has decided on reporting to IVO.");

    /// <summary>{0}: the field.</summary>
    public string ProblemUnknownChoice => Say(
        "'{0}' har ett val som inte finns. Välj ett av valen i listan – det du skrev i övrigt finns kvar.",
        "'{0}' has a choice that does not exist. Choose one from the list – everything else you wrote is kept.");

    /// <summary>{0}: the field naming a person.</summary>
    public string ProblemNotInUnit => Say(
        "'{0}' måste vara någon i enheten eller enhetens chef. Välj någon i listan – det du skrev i övrigt finns kvar.",
        "'{0}' must be someone in the unit or the unit's manager. Choose someone from the list – everything else you wrote is kept.");

    /// <summary>Staff asked for the statistics: they are for the roles that follow the reports.</summary>
    public string StatisticsNotForRole => Say(
        "Statistiken är till för enhetschefer (deras enheter), verksamhetsutvecklare, biträdande socialchef och socialchef. Dina egna rapporter och deras status ser du med 'mina rapporter'.",
        "The statistics are for enhetschefer (unit managers, their units), verksamhetsutvecklare (quality developers), the biträdande socialchef (deputy director) and the socialchef (director). Your own reports and their status are in 'my reports'.");

    /// <summary>{0}: the unit.</summary>
    public string UnitReportsTitle => Say("Öppna rapporter – {0}", "Open reports – {0}");

    public string UnitReportsOne => Say("1 öppen rapport", "1 open report");

    /// <summary>{0}: how many.</summary>
    public string UnitReportsMany => Say("{0} öppna rapporter, den senaste först", "{0} open reports, newest first");

    public string UnitReportsNone => Say(
        "Inga öppna rapporter: allt som har rapporterats är avslutat.",
        "No open reports: everything reported is closed.");

    /// <summary>{0}: the first shown, {1}: the last shown, {2}: how many in all.</summary>
    public string UnitReportsShowing => Say("Visar {0}–{1} av {2}.", "Showing {0}–{1} of {2}.");

    public string UnitReportsNewer => Say("Nyare", "Newer");

    public string UnitReportsOlder => Say("Äldre", "Older");

    /// <summary>{0}: how long, e.g. 2 dagar 3 timmar.</summary>
    public string WaitedForAssessment => Say("har väntat på bedömning i {0}", "has waited {0} for assessment");

    /// <summary>{0}: how long.</summary>
    public string WaitedForAnswer => Say("har väntat på svar i {0}", "has waited {0} for an answer");

    /// <summary>{0}: how long.</summary>
    public string WaitedForIvoDecision => Say("har väntat på IVO-beslut i {0}", "has waited {0} for the IVO decision");

    /// <summary>Staff asked for the unit's reports: the list is for those who follow them; theirs are in 'mina rapporter'.</summary>
    public string UnitReportsNotForStaff => Say(
        "Enhetens rapporter är till för enhetschefen (och den ersättare chefen har utsett), verksamhetsutvecklare och biträdande socialchef. Dina egna rapporter och hur långt de har kommit ser du med 'mina rapporter'.",
        "The unit's reports are for the enhetschef (unit manager, and the substitute they named), verksamhetsutvecklare (quality developers) and the biträdande socialchef (deputy director). Your own reports and how far they have come are in 'my reports'.");

    public string ShowUnitReports => Say("Visa enhetens rapporter", "Show the unit's reports");

    /// <summary>{0}: the substitute's name, {1}: the period.</summary>
    public string UnitReportsSubstitute => Say("Ersättare: {0}, {1}", "Substitute (ersättare): {0}, {1}");

    /// <summary>
    /// The same whether the report does not exist or the person may not see it, and the same for every reference, so
    /// the answer tells nothing about which reports exist.
    /// </summary>
    public string ReportNoneToOpen => Say(
        "Ingen rapport som du kan öppna har den referensen. Kontrollera den (till exempel AV-2026-0042), eller skriv 'mina rapporter' för att se dina egna.",
        "No report you can open has that reference. Check it (for example AV-2026-0042), or write 'my reports' to see your own.");

    public string ReportInChannel => Say(
        "Rapporter visas bara för dem som får se dem. Tryck på knappen: det som visas då ser bara du.",
        "Reports are shown only to those who may see them. Press the button: only you see what it shows.");

    public string UnitReportsInChannel => Say(
        "Enhetens rapporter visas bara för enhetschefen, ersättaren, verksamhetsutvecklare och biträdande socialchef. Tryck på knappen: det som visas då ser bara du.",
        "The unit's reports are shown only to the enhetschef (unit manager), the substitute, verksamhetsutvecklare (quality developers) and the biträdande socialchef (deputy director). Press the button: only you see what it shows.");

    /// <summary>The kind as the users say it; in English with a short gloss.</summary>
    public string ReportKindName(DeviationKind kind) => kind switch
    {
        DeviationKind.Avvikelse => Glossed("Avvikelse", "deviation"),
        DeviationKind.Missforhallande => Glossed("Lex Sarah – missförhållande", "irregularity"),
        DeviationKind.PatagligRiskForMissforhallande => Glossed("Lex Sarah – påtaglig risk för missförhållande", "evident risk of an irregularity"),
        DeviationKind.Synpunkt => Glossed("Synpunkt", "view"),
        DeviationKind.Klagomal => Glossed("Klagomål", "complaint"),
        DeviationKind.Berom => Glossed("Beröm", "praise"),
        _ => kind.ToString(),
    };

    /// <summary>The categories of seed 004.</summary>
    public string CategoryName(DeviationCategory category) => category switch
    {
        DeviationCategory.BristerIHandlaggning => Glossed("Brister i handläggning", "case handling"),
        DeviationCategory.BristerIVerkstallighet => Glossed("Brister i verkställighet", "carrying out decisions"),
        DeviationCategory.BristerIBemotande => Glossed("Brister i bemötande", "how people are treated"),
        DeviationCategory.Forsummelse => Glossed("Försummelse", "neglect"),
        DeviationCategory.EkonomiskaOegentligheter => Glossed("Ekonomiska oegentligheter", "financial irregularities"),
        DeviationCategory.ValdEllerOvergrepp => Glossed("Våld eller övergrepp", "violence or abuse"),
        DeviationCategory.AnnanForm => Glossed("Annan form", "other"),
        _ => category.ToString(),
    };

    /// <summary>"3 – Allvarlig": the level of the severity matrix with its word.</summary>
    public string SeverityName(Severity severity)
    {
        var (swedish, english) = SeverityWords(severity);
        return $"{(int)severity} – {Glossed(swedish, english)}";
    }

    /// <summary>"allvarlig": the word alone, lower case, for a sentence ("bedömd allvarlig").</summary>
    public string SeverityWord(Severity severity)
    {
        var (swedish, english) = SeverityWords(severity);
        return Glossed(swedish.ToLower(CultureInfo.GetCultureInfo("sv-SE")), english);
    }

    public string ReportStatusName(DeviationStatus status) => status switch
    {
        DeviationStatus.Inkommen => Glossed("Inkommen", "received"),
        DeviationStatus.Bedomd => Glossed("Bedömd", "assessed"),
        DeviationStatus.UnderUtredning => Glossed("Under utredning", "being investigated"),
        DeviationStatus.Besvarad => Glossed("Besvarad", "answered"),
        DeviationStatus.Avslutad => Glossed("Avslutad", "closed"),
        _ => status.ToString(),
    };

    /// <summary>What an investigation entry is about (DOMAIN.md: the investigation records …).</summary>
    public string InvestigationTopicName(InvestigationTopic topic) => topic switch
    {
        InvestigationTopic.HandelseOchKonsekvenser => Glossed("Händelsen och dess konsekvenser", "the event and its consequences"),
        InvestigationTopic.NarDetHande => Glossed("När det hände", "when it happened"),
        InvestigationTopic.NarDetUpptacktes => Glossed("När det upptäcktes", "when it was noticed"),
        InvestigationTopic.Orsaker => Glossed("Orsaker", "causes"),
        InvestigationTopic.HarHantTidigare => Glossed("Har det hänt tidigare?", "has it happened before"),
        InvestigationTopic.KanHandaIgen => Glossed("Kan det hända igen?", "could it happen again"),
        InvestigationTopic.Beslut => Glossed("Beslut", "decision"),
        _ => topic.ToString(),
    };

    /// <summary>"T1 2027": a tertial (four months) as the statistics name it.</summary>
    public string TertialName(Tertial tertial) => string.Format(Language.Culture(), Say("T{0} {1}", "T{0} {1}"), tertial.Number, tertial.Year);

    /// <summary>
    /// The field as the deviation and risk cards label it, for a refusal that names it. (Private: the fields of other
    /// features are named by their own cards, so this is no text of its own for every field there is.)
    /// </summary>
    private string DeviationFieldName(Field field) => field switch
    {
        Field.Kind => FieldKind,
        Field.Unit => FieldUnit,
        Field.WhatHappened => FieldWhatHappened,
        Field.OccurredAt => FieldOccurredAt,
        Field.ImmediateMeasures => FieldImmediateMeasures,
        Field.Severity => FieldSeverity,
        Field.ImmediateActions => FieldImmediateActions,
        Field.Motivation => FieldMotivation,
        Field.Investigation => FieldInvestigation,
        Field.ActionTitle => FieldActionTitle,
        Field.Decision => FieldDecision,
        Field.Answer => FieldAnswer,
        Field.IvoSentOn => FieldIvoSentOn,
        Field.IvoDiarienummer => FieldIvoDiarienummer,
        Field.Category => CategoryFactLabel,
        Field.ActionOwner => FieldActionOwner,
        Field.Process => FieldRiskProcess,
        Field.Description => FieldRiskDescription,
        Field.Probability => RiskProbabilityLabel,
        Field.Consequence => RiskConsequenceLabel,
        _ => field.ToString(),
    };

    /// <summary>A clear message for a refusal on a deviation card: which field, what is wrong, and that what was typed is kept.</summary>
    public string DeviationRefusal(Refusal refusal)
    {
        var culture = Language.Culture();
        var field = DeviationFieldName(refusal.Field);
        return refusal.Reason switch
        {
            RefusalReason.Required when refusal.Field is Field.Kind or Field.Unit or Field.Severity or Field.Probability or Field.Consequence
                => string.Format(culture, ProblemChoose, field),
            RefusalReason.Required => string.Format(culture, ProblemRequired, field),
            RefusalReason.InTheFuture => string.Format(culture, ProblemInTheFuture, field),
            RefusalReason.ContainsPersonalIdentityNumber => string.Format(culture, ProblemPersonalIdentityNumber, field),
            RefusalReason.TooLong => string.Format(culture, ProblemTooLong, field, FreeText.LongestText),
            RefusalReason.NotAllowed => refusal.Field switch
            {
                Field.Severity or Field.ImmediateActions => ProblemOnlyManagerAssesses,
                Field.Answer => ProblemOnlyManagerAnswers,
                Field.Motivation => ProblemOnlyDeputyDirectorDecidesIvo,
                Field.Investigation => ProblemOnlyQualityDevelopersInvestigate,
                Field.ActionTitle => ProblemOnlyManagerOrQualityDeveloperAddsActions,
                Field.Decision => ProblemOnlyManagerOrQualityDeveloperCloses,
                _ => ProblemNotAllowed,
            },
            RefusalReason.WrongState => refusal.Field switch
            {
                Field.Severity or Field.ImmediateActions => ProblemCannotAssessNow,
                Field.Motivation => ProblemCannotDecideIvoNow,
                Field.Investigation => ProblemCannotInvestigateNow,
                Field.ActionTitle => ProblemCannotAddActionNow,
                Field.Answer => ProblemCannotAnswerNow,
                Field.Decision => ProblemCannotCloseNow,
                _ => ProblemWrongState,
            },
            RefusalReason.IvoDecisionMissing => ProblemIvoDecisionMissing,
            RefusalReason.UnknownChoice => string.Format(culture, ProblemUnknownChoice, field),
            RefusalReason.NotInUnit => string.Format(culture, ProblemNotInUnit, field),
            _ => SomethingWentWrong,
        };
    }

    /// <summary>Whose decision the report waits for, and how long it has: "har väntat på bedömning i 2 dagar".</summary>
    public string Waited(DeviationWait what, TimeSpan elapsed) => string.Format(
        Language.Culture(),
        what switch
        {
            DeviationWait.Answer => WaitedForAnswer,
            DeviationWait.IvoDecision => WaitedForIvoDecision,
            _ => WaitedForAssessment,
        },
        Elapsed(elapsed));

    /// <summary>
    /// The severity matrix's example consequences per level, in the guide's words (seed 000, table 1). Quoted as the
    /// guide says them, so English shows them in Swedish too (as before): the same for both languages.
    /// </summary>
    public static IReadOnlyList<string> SeverityExamples(Severity severity) => severity switch
    {
        Severity.Mindre =>
        [
            "Mindre obehag, bristande tillit eller obetydlig skada till exempel som följd av brister i handläggning/utförande av insats.",
        ],
        Severity.Mattlig =>
        [
            "Lindrig övergående skada/funktionsnedsättning som inte leder till men för den enskilde.",
            "Förlängd vårdtid.",
            "Obehag eller otrygghet för den enskilde.",
            "Tillfälliga eller mindre allvarliga brister i omsorgen vid insats.",
            "Tillfällig eller mindre allvarlig försummelse.",
            "Otillräckligt stöd för att klara sig själv.",
        ],
        Severity.Allvarlig =>
        [
            "Allvarliga eller bestående fysiska skador/funktionsnedsättning.",
            "Allvarliga konsekvenser för psykisk hälsa; betydande känsla av otrygghet, oro, nedstämdhet, meningslöshet.",
            "Betydande rättsosäkerhet för den enskilde.",
            "Inlåsnings- eller tvångsåtgärd som sker utan lagstöd.",
            "Hot eller konsekvenser som drabbar flera enskilda eller pågått under längre tid.",
            "Särbehandling som strider mot diskrimineringslagstiftningen.",
            "Påtaglig risk för allvarligt missförhållande, t.ex. att i sista stund upptäcka och förhindra allvarliga konsekvenser.",
        ],
        Severity.Katastrofal =>
        [
            "Dödsfall eller större kvarstående funktionsnedsättning.",
            "Hot mot enskilds liv, hälsa eller säkerhet.",
        ],
        _ => [],
    };

    /// <summary>The severity matrix's word for a level and its English gloss.</summary>
    private static (string Swedish, string English) SeverityWords(Severity severity) => severity switch
    {
        Severity.Mindre => ("Mindre", "minor"),
        Severity.Mattlig => ("Måttlig", "moderate"),
        Severity.Allvarlig => ("Allvarlig", "serious"),
        Severity.Katastrofal => ("Katastrofal", "catastrophic"),
        _ => (severity.ToString(), severity.ToString()),
    };
}
