using System.Globalization;
using TeamsQuality.Domain.Deviations;

namespace TeamsQuality.Cards;

/// <summary>
/// The texts of deviations, lex Sarah, views, complaints, praise and risks (their values are with the others in
/// Texts.cs): labels for the domain's words, the field names a refusal names, and a message for every problem.
/// </summary>
public sealed partial record Texts
{
    // ---- Deviations, lex Sarah, views, complaints, praise and risks ----

    public required string ReportFilingTitle { get; init; }

    public required string ReportFilingIntro { get; init; }

    public required string ReportPrivacyHint { get; init; }

    public required string ReportLexSarahAtOnce { get; init; }

    public required string ReportProblemsHeading { get; init; }

    public required string FieldKind { get; init; }

    public required string ReportKindError { get; init; }

    public required string FieldWhatHappened { get; init; }

    public required string WhatHappenedPlaceholder { get; init; }

    public required string WhatHappenedError { get; init; }

    public required string FieldOccurredAt { get; init; }

    public required string OccurredDateLabel { get; init; }

    public required string OccurredDateError { get; init; }

    public required string OccurredTimeLabel { get; init; }

    public required string FieldUnit { get; init; }

    public required string ReportUnitPlaceholder { get; init; }

    public required string ReportUnitError { get; init; }

    public required string FieldImmediateMeasures { get; init; }

    public required string ImmediateMeasuresLabel { get; init; }

    public required string CategoryLabel { get; init; }

    public required string CategoryPlaceholder { get; init; }

    public required string SendReport { get; init; }

    public required string ReportFilingFallback { get; init; }

    public required string ReportNoUnits { get; init; }

    public required string ReceiptTitle { get; init; }

    public required string ReferenceLabel { get; init; }

    public required string KindLabel { get; init; }

    public required string FiledLabel { get; init; }

    public required string ReceiptToldManager { get; init; }

    public required string ReceiptToldLexSarah { get; init; }

    public required string ReceiptFollowHint { get; init; }

    /// <summary>{0}: the reference.</summary>
    public required string ReceiptFallback { get; init; }

    public required string MyReportsButton { get; init; }

    public required string OpenReport { get; init; }

    public required string MyReportsTitle { get; init; }

    public required string MyReportsOne { get; init; }

    /// <summary>{0}: how many.</summary>
    public required string MyReportsMany { get; init; }

    public required string MyReportsEmpty { get; init; }

    /// <summary>{0}: how many are not shown.</summary>
    public required string MyReportsHidden { get; init; }

    public required string ShowReport { get; init; }

    public required string NewReport { get; init; }

    public required string AttentionAssessTitle { get; init; }

    public required string AttentionTitle { get; init; }

    public required string AttentionAssessText { get; init; }

    public required string AttentionLexSarah { get; init; }

    public required string AttentionPrivacy { get; init; }

    /// <summary>{0}: the reference.</summary>
    public required string AttentionFallback { get; init; }

    /// <summary>{0}: the reference.</summary>
    public required string ReportTitle { get; init; }

    public required string ReporterLabel { get; init; }

    public required string OccurredLabel { get; init; }

    public required string CategoryFactLabel { get; init; }

    public required string NoCategory { get; init; }

    public required string NoImmediateMeasures { get; init; }

    public required string AssessmentHeading { get; init; }

    public required string NotAssessedYet { get; init; }

    public required string FieldSeverity { get; init; }

    public required string MustBeReportedToIvo { get; init; }

    public required string FieldImmediateActions { get; init; }

    public required string IvoHeading { get; init; }

    public required string IvoReported { get; init; }

    public required string IvoNotReported { get; init; }

    /// <summary>{0}: when it was assessed, {1}: how long ago.</summary>
    public required string IvoAwaiting { get; init; }

    public required string FieldMotivation { get; init; }

    /// <summary>{0}: how many entries.</summary>
    public required string InvestigationHeading { get; init; }

    public required string InvestigationNone { get; init; }

    /// <summary>{0}: how many are not shown.</summary>
    public required string InvestigationHidden { get; init; }

    public required string Fact { get; init; }

    public required string Judgement { get; init; }

    /// <summary>{0}: how many.</summary>
    public required string ReportActionsHeading { get; init; }

    public required string ReportActionsNone { get; init; }

    /// <summary>{0}: how many are not shown.</summary>
    public required string ReportActionsHidden { get; init; }

    public required string FieldAnswer { get; init; }

    public required string NotAnsweredYet { get; init; }

    public required string FieldDecision { get; init; }

    public required string HistoryHeading { get; init; }

    /// <summary>{0}: how many are not shown.</summary>
    public required string HistoryHidden { get; init; }

    /// <summary>{0}: the kind.</summary>
    public required string HistoryFiled { get; init; }

    /// <summary>{0}: the severity.</summary>
    public required string HistoryAssessed { get; init; }

    /// <summary>{0}: the decision.</summary>
    public required string HistoryIvoDecided { get; init; }

    /// <summary>{0}: the topic.</summary>
    public required string HistoryInvestigation { get; init; }

    /// <summary>{0}: the action's title.</summary>
    public required string HistoryAction { get; init; }

    public required string HistoryAnswered { get; init; }

    public required string HistoryClosed { get; init; }

    public required string YourPartHeading { get; init; }

    public required string AssessForm { get; init; }

    public required string ReassessForm { get; init; }

    public required string SeverityError { get; init; }

    public required string ShowMatrix { get; init; }

    public required string MatrixTitle { get; init; }

    public required string ImmediateActionsPlaceholder { get; init; }

    public required string ImmediateActionsError { get; init; }

    public required string SaveAssessment { get; init; }

    public required string IvoForm { get; init; }

    public required string IvoDecisionLabel { get; init; }

    public required string IvoYes { get; init; }

    public required string IvoNo { get; init; }

    public required string IvoMotivationError { get; init; }

    public required string SaveIvoDecision { get; init; }

    public required string InvestigateForm { get; init; }

    public required string InvestigationTopicLabel { get; init; }

    public required string InvestigationTopicError { get; init; }

    public required string FieldInvestigation { get; init; }

    public required string InvestigationTextError { get; init; }

    public required string InvestigationIsFactLabel { get; init; }

    public required string InvestigationIsFactTitle { get; init; }

    public required string SaveInvestigation { get; init; }

    public required string ActionForm { get; init; }

    public required string FieldActionTitle { get; init; }

    public required string ActionTitleError { get; init; }

    public required string SaveAction { get; init; }

    public required string AnswerForm { get; init; }

    public required string AnswerError { get; init; }

    public required string SaveAnswer { get; init; }

    public required string CloseForm { get; init; }

    public required string ClosingDecisionError { get; init; }

    public required string SaveClosing { get; init; }

    public required string CloseAfterIvo { get; init; }

    public required string Refresh { get; init; }

    public required string AssessmentSaved { get; init; }

    public required string IvoDecisionSaved { get; init; }

    public required string InvestigationSaved { get; init; }

    public required string ActionSaved { get; init; }

    public required string AnswerSaved { get; init; }

    public required string ReportClosedNotice { get; init; }

    /// <summary>Any change to a report saved (when the handler does not say which).</summary>
    public required string ReportSaved { get; init; }

    public required string ReportAccessRefused { get; init; }

    public required string HourOne { get; init; }

    /// <summary>{0}: hours.</summary>
    public required string HoursMany { get; init; }

    public required string MinuteOne { get; init; }

    /// <summary>{0}: minutes.</summary>
    public required string MinutesMany { get; init; }

    /// <summary>Less than a minute ago.</summary>
    public required string JustNow { get; init; }

    /// <summary>{0}: how long, e.g. 2 dagar 3 timmar.</summary>
    public required string TimeAgo { get; init; }

    public required string IvoNudgeTitle { get; init; }

    public required string IvoNudgeEscalatedTitle { get; init; }

    /// <summary>{0}: the severity in words, e.g. allvarlig.</summary>
    public required string IvoNudgeAssessed { get; init; }

    /// <summary>{0}: how long ago it was assessed (<see cref="Ago"/>), e.g. "för 2 dagar 3 timmar sedan" or "nyss".</summary>
    public required string IvoNudgeMissingSince { get; init; }

    public required string ReminderLabel { get; init; }

    /// <summary>{0}: which reminder.</summary>
    public required string ReminderNumber { get; init; }

    public required string IvoNudgeEscalatedNote { get; init; }

    public required string IvoNudgeLaw { get; init; }

    /// <summary>{0}: the reference.</summary>
    public required string IvoNudgeFallback { get; init; }

    /// <summary>{0}: the unit.</summary>
    public required string RiskRegisterTitle { get; init; }

    public required string RiskCountOne { get; init; }

    /// <summary>{0}: how many.</summary>
    public required string RiskCountMany { get; init; }

    public required string RiskEmpty { get; init; }

    /// <summary>{0}: the probability, {1}: the consequence, {2}: the value.</summary>
    public required string RiskValueLine { get; init; }

    /// <summary>{0}: how many.</summary>
    public required string RiskActionsLine { get; init; }

    /// <summary>{0}: how many are not shown.</summary>
    public required string RiskHidden { get; init; }

    public required string RiskLevelsHint { get; init; }

    public required string AddRiskHeading { get; init; }

    public required string FieldRiskProcess { get; init; }

    public required string RiskProcessPlaceholder { get; init; }

    public required string RiskProcessError { get; init; }

    public required string FieldRiskDescription { get; init; }

    public required string RiskDescriptionError { get; init; }

    public required string RiskProbabilityLabel { get; init; }

    public required string RiskProbabilityError { get; init; }

    public required string RiskConsequenceLabel { get; init; }

    public required string RiskConsequenceError { get; init; }

    public required string SaveRisk { get; init; }

    public required string RiskReadOnly { get; init; }

    public required string RiskSaved { get; init; }

    /// <summary>{0}: the unit.</summary>
    public required string RiskRegisterFallback { get; init; }

    /// <summary>{0}: the period, e.g. 2026.</summary>
    public required string ShowReportStatistics { get; init; }

    public required string StatisticsTitle { get; init; }

    /// <summary>{0}: the year. The period of a statistics card that counts a calendar year, not the wheel's year.</summary>
    public required string StatisticsCalendarYear { get; init; }

    /// <summary>A section of the statistics with nothing to count.</summary>
    public required string StatisticsSectionNone { get; init; }

    public required string TotalLabel { get; init; }

    public required string PerTertialHeading { get; init; }

    public required string PerUnitHeading { get; init; }

    public required string PerKindHeading { get; init; }

    public required string PerCategoryHeading { get; init; }

    public required string PerSeverityHeading { get; init; }

    public required string NotAssessedLabel { get; init; }

    public required string UncategorisedLabel { get; init; }

    public required string StatisticsEmpty { get; init; }

    public required string StatisticsNote { get; init; }

    /// <summary>{0}: the period.</summary>
    public required string StatisticsFallback { get; init; }

    public required string ShowRisks { get; init; }

    /// <summary>{0}: the field.</summary>
    public required string ProblemChoose { get; init; }

    /// <summary>{0}: the field.</summary>
    public required string ProblemRequired { get; init; }

    /// <summary>{0}: the field.</summary>
    public required string ProblemInTheFuture { get; init; }

    /// <summary>{0}: the field.</summary>
    public required string ProblemPersonalIdentityNumber { get; init; }

    /// <summary>{0}: the field, {1}: the longest text allowed.</summary>
    public required string ProblemTooLong { get; init; }

    public required string ProblemNotAllowed { get; init; }

    public required string ProblemOnlyManagerAssesses { get; init; }

    public required string ProblemOnlyManagerAnswers { get; init; }

    public required string ProblemOnlyDeputyDirectorDecidesIvo { get; init; }

    public required string ProblemOnlyQualityDevelopersInvestigate { get; init; }

    public required string ProblemOnlyManagerOrQualityDeveloperAddsActions { get; init; }

    public required string ProblemOnlyManagerOrQualityDeveloperCloses { get; init; }

    public required string ProblemOnlyManagerOrQualityDeveloperAddsRisks { get; init; }

    public required string ProblemWrongState { get; init; }

    public required string ProblemCannotAssessNow { get; init; }

    public required string ProblemCannotDecideIvoNow { get; init; }

    public required string ProblemCannotInvestigateNow { get; init; }

    public required string ProblemCannotAddActionNow { get; init; }

    public required string ProblemCannotAnswerNow { get; init; }

    public required string ProblemCannotCloseNow { get; init; }

    public required string ProblemIvoDecisionMissing { get; init; }

    /// <summary>{0}: the field.</summary>
    public required string ProblemUnknownChoice { get; init; }

    /// <summary>{0}: the field naming a person.</summary>
    public required string ProblemNotInUnit { get; init; }

    /// <summary>The owner of an action, as a refusal names the field.</summary>
    public required string FieldActionOwner { get; init; }

    /// <summary>Staff asked for the statistics: they are for the roles that follow the reports.</summary>
    public required string StatisticsNotForRole { get; init; }

    /// <summary>The kind as the users say it; in English with a short gloss.</summary>
    public string ReportKindName(ReportKind kind) => kind switch
    {
        ReportKind.Avvikelse => Glossed("Avvikelse", "deviation"),
        ReportKind.Missforhallande => Glossed("Lex Sarah – missförhållande", "irregularity"),
        ReportKind.PatagligRiskForMissforhallande => Glossed("Lex Sarah – påtaglig risk för missförhållande", "evident risk of an irregularity"),
        ReportKind.Synpunkt => Glossed("Synpunkt", "view"),
        ReportKind.Klagomal => Glossed("Klagomål", "complaint"),
        ReportKind.Berom => Glossed("Beröm", "praise"),
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
    public string SeverityName(Severity severity) => $"{(int)severity} – {Glossed(SeverityWordSwedish(severity), SeverityGloss(severity))}";

    /// <summary>"allvarlig": the word alone, lower case, for a sentence ("bedömd allvarlig").</summary>
    public string SeverityWord(Severity severity) =>
        Glossed(SeverityWordSwedish(severity).ToLower(CultureInfo.GetCultureInfo("sv-SE")), SeverityGloss(severity));

    public string ReportStatusName(ReportStatus status) => status switch
    {
        ReportStatus.Inkommen => Glossed("Inkommen", "received"),
        ReportStatus.Bedomd => Glossed("Bedömd", "assessed"),
        ReportStatus.UnderUtredning => Glossed("Under utredning", "being investigated"),
        ReportStatus.Besvarad => Glossed("Besvarad", "answered"),
        ReportStatus.Avslutad => Glossed("Avslutad", "closed"),
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

    /// <summary>The field as the card labels it, for a message that names it.</summary>
    public string FieldName(ReportField field) => field switch
    {
        ReportField.Kind => FieldKind,
        ReportField.Unit => FieldUnit,
        ReportField.WhatHappened => FieldWhatHappened,
        ReportField.OccurredAt => FieldOccurredAt,
        ReportField.ImmediateMeasures => FieldImmediateMeasures,
        ReportField.Severity => FieldSeverity,
        ReportField.ImmediateActions => FieldImmediateActions,
        ReportField.Motivation => FieldMotivation,
        ReportField.Investigation => FieldInvestigation,
        ReportField.ActionTitle => FieldActionTitle,
        ReportField.Decision => FieldDecision,
        ReportField.Answer => FieldAnswer,
        ReportField.Category => CategoryFactLabel,
        ReportField.ActionOwner => FieldActionOwner,
        ReportField.RiskProcess => FieldRiskProcess,
        ReportField.RiskDescription => FieldRiskDescription,
        ReportField.RiskProbability => RiskProbabilityLabel,
        ReportField.RiskConsequence => RiskConsequenceLabel,
        _ => field.ToString(),
    };

    /// <summary>A clear message for a problem with a report: which field, what is wrong, and that what was typed is kept.</summary>
    public string Problem(ReportProblem problem) => Problem(problem, FieldName(problem.Field));

    /// <summary>A problem with the risk register's form: each names its own field (process, description, probability, consequence).</summary>
    public string RiskProblem(ReportProblem problem) => problem.Kind == ReportProblemKind.NotAllowed
        ? ProblemOnlyManagerOrQualityDeveloperAddsRisks
        : Problem(problem);

    /// <summary>
    /// "2 dagar 3 timmar", "5 timmar", "1 dag", "45 minuter", "1 minut": how long something has waited, in whole units
    /// (days and hours from an hour on, minutes below); "nyss" under a minute, never "0 min".
    /// </summary>
    public string Elapsed(TimeSpan elapsed)
    {
        var culture = Language.Culture();
        if (elapsed < TimeSpan.FromMinutes(1))
        {
            return JustNow;
        }

        if (elapsed < TimeSpan.FromHours(1))
        {
            var minutes = (int)elapsed.TotalMinutes;
            return minutes == 1 ? MinuteOne : string.Format(culture, MinutesMany, minutes);
        }

        var days = (int)elapsed.TotalDays;
        var hours = elapsed.Hours;
        var dayText = days == 1 ? DayOne : string.Format(culture, DaysMany, days);
        var hourText = hours == 1 ? HourOne : string.Format(culture, HoursMany, hours);
        return days == 0 ? hourText : hours == 0 ? dayText : $"{dayText} {hourText}";
    }

    /// <summary>"för 2 dagar 3 timmar sedan" / "2 days 3 hours ago", and "nyss" / "just now" under a minute.</summary>
    public string Ago(TimeSpan elapsed) =>
        elapsed < TimeSpan.FromMinutes(1) ? JustNow : string.Format(Language.Culture(), TimeAgo, Elapsed(elapsed));

    private string Problem(ReportProblem problem, string field)
    {
        var culture = Language.Culture();
        return problem.Kind switch
        {
            ReportProblemKind.Required when problem.Field is ReportField.Kind or ReportField.Unit or ReportField.Severity or ReportField.RiskProbability or ReportField.RiskConsequence
                => string.Format(culture, ProblemChoose, field),
            ReportProblemKind.Required => string.Format(culture, ProblemRequired, field),
            ReportProblemKind.InTheFuture => string.Format(culture, ProblemInTheFuture, field),
            ReportProblemKind.ContainsPersonalIdentityNumber => string.Format(culture, ProblemPersonalIdentityNumber, field),
            ReportProblemKind.TooLong => string.Format(culture, ProblemTooLong, field, DeviationReport.LongestText),
            ReportProblemKind.NotAllowed => problem.Field switch
            {
                ReportField.Severity or ReportField.ImmediateActions => ProblemOnlyManagerAssesses,
                ReportField.Answer => ProblemOnlyManagerAnswers,
                ReportField.Motivation => ProblemOnlyDeputyDirectorDecidesIvo,
                ReportField.Investigation => ProblemOnlyQualityDevelopersInvestigate,
                ReportField.ActionTitle => ProblemOnlyManagerOrQualityDeveloperAddsActions,
                ReportField.Decision => ProblemOnlyManagerOrQualityDeveloperCloses,
                _ => ProblemNotAllowed,
            },
            ReportProblemKind.WrongState => problem.Field switch
            {
                ReportField.Severity or ReportField.ImmediateActions => ProblemCannotAssessNow,
                ReportField.Motivation => ProblemCannotDecideIvoNow,
                ReportField.Investigation => ProblemCannotInvestigateNow,
                ReportField.ActionTitle => ProblemCannotAddActionNow,
                ReportField.Answer => ProblemCannotAnswerNow,
                ReportField.Decision => ProblemCannotCloseNow,
                _ => ProblemWrongState,
            },
            ReportProblemKind.IvoDecisionMissing => ProblemIvoDecisionMissing,
            ReportProblemKind.UnknownChoice => string.Format(culture, ProblemUnknownChoice, field),
            ReportProblemKind.NotInUnit => string.Format(culture, ProblemNotInUnit, field),
            _ => SomethingWentWrong,
        };
    }

    private static string SeverityWordSwedish(Severity severity) => severity switch
    {
        Severity.Mindre => "Mindre",
        Severity.Mattlig => "Måttlig",
        Severity.Allvarlig => "Allvarlig",
        Severity.Katastrofal => "Katastrofal",
        _ => severity.ToString(),
    };

    private static string SeverityGloss(Severity severity) => severity switch
    {
        Severity.Mindre => "minor",
        Severity.Mattlig => "moderate",
        Severity.Allvarlig => "serious",
        Severity.Katastrofal => "catastrophic",
        _ => severity.ToString(),
    };
}
