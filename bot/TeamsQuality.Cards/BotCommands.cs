using System.Text.RegularExpressions;

namespace TeamsQuality.Cards;

/// <summary>
/// A command a user can write to the bot: the pattern it is recognised by, and its word and what it does as the help
/// card says them (both from the feature's texts, Swedish and English side by side there).
/// </summary>
public sealed class BotCommand(Func<Texts, string> keyword, Func<Texts, string> description, Regex pattern)
{
    public Regex Pattern { get; } = pattern;

    public string Keyword(UiLanguage language) => keyword(Texts.For(language));

    public string Description(UiLanguage language) => description(Texts.For(language));
}

/// <summary>The commands the bot understands; the help card lists them and the bot routes by them.</summary>
public static partial class BotCommands
{
    public static BotCommand Help { get; } = new(t => t.CommandHelp, t => t.CommandHelpDescription, HelpPattern());

    public static BotCommand WhoAmI { get; } = new(t => t.CommandWhoAmI, t => t.CommandWhoAmIDescription, WhoAmIPattern());

    public static BotCommand Stops { get; } = new(t => t.CommandStops, t => t.CommandStopsDescription, StopsPattern());

    public static BotCommand Logbook { get; } = new(t => t.CommandLogbook, t => t.CommandLogbookDescription, LogbookPattern());

    public static BotCommand Report { get; } = new(t => t.CommandReport, t => t.CommandReportDescription, ReportPattern());

    public static BotCommand MyReports { get; } = new(t => t.CommandMyReports, t => t.CommandMyReportsDescription, MyReportsPattern());

    public static BotCommand UnitReports { get; } = new(t => t.CommandUnitReports, t => t.CommandUnitReportsDescription, UnitReportsPattern());

    public static BotCommand Substitute { get; } = new(t => t.CommandSubstitute, t => t.CommandSubstituteDescription, SubstitutePattern());

    /// <summary>A report's reference written alone (LS-2026-0001, any case, a dash of any kind): opens it for those allowed.</summary>
    public static BotCommand OpenReference { get; } = new(t => t.CommandOpenReference, t => t.CommandOpenReferenceDescription, ReferencePattern());

    public static BotCommand Risks { get; } = new(t => t.CommandRisks, t => t.CommandRisksDescription, RisksPattern());

    public static BotCommand Statistics { get; } = new(t => t.CommandStatistics, t => t.CommandStatisticsDescription, StatisticsPattern());

    public static BotCommand Wheel { get; } = new(t => t.CommandWheel, t => t.CommandWheelDescription, WheelPattern());

    public static IReadOnlyList<BotCommand> All { get; } = [Help, Stops, Logbook, Report, MyReports, OpenReference, UnitReports, Substitute, Risks, Statistics, Wheel, WhoAmI];

    [GeneratedRegex(@"^\s*(hjälp|hjalp|help|\?)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"^\s*(årshjul|årshjulet|arshjul|hjul|hjulet|wheel)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WheelPattern();

    [GeneratedRegex(@"^\s*(rapportera|ny avvikelse|avvikelse|lex sarah|report|new report)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportPattern();

    [GeneratedRegex(@"^\s*(mina rapporter|my reports)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MyReportsPattern();

    [GeneratedRegex(@"^\s*(enhetens rapporter|enhetsrapporter|enhetens öppna rapporter|unit reports|unit's reports|the unit's reports)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitReportsPattern();

    [GeneratedRegex(@"^\s*(ersättare|ersattare|utse ersättare|substitute|name a substitute)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubstitutePattern();

    /// <summary>A reference alone: kind, year and number, as ReportReference.TryParse reads it after <see cref="Reference"/>.</summary>
    [GeneratedRegex(@"^\s*(?<reference>(AV|LS|SK)\s*[-‐‑‒–—]\s*[0-9]{4}\s*[-‐‑‒–—]\s*[0-9]{1,6})\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    /// <summary>The reference in a message that is one (see <see cref="OpenReference"/>), written as references are: "LS-2026-0001".</summary>
    public static string? Reference(string? text)
    {
        var match = text is null ? null : ReferencePattern().Match(text);
        if (match is not { Success: true })
        {
            return null;
        }

        var parts = Regex.Split(match.Groups["reference"].Value, @"\s*[-‐‑‒–—]\s*");
        return string.Join('-', parts).ToUpperInvariant();
    }

    [GeneratedRegex(@"^\s*(riskanalys|risker|risks|risk analysis)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RisksPattern();

    [GeneratedRegex(@"^\s*(statistik|statistics)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatisticsPattern();

    [GeneratedRegex(@"^\s*(hållplatser|hallplatser|hållplats|stops|learning stops)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StopsPattern();

    /// <summary>"logga" alone, or followed by the note (captured as "text").</summary>
    [GeneratedRegex(@"^\s*(logga|log)\b[\s:]*(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LogbookPattern();

    [GeneratedRegex(@"^\s*(vem är jag|vem ar jag|who am i|whoami|profil|profile)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoAmIPattern();
}

/// <summary>The verbs of the card buttons, one place so cards and handlers agree.</summary>
public static class CardVerbs
{
    public const string ShowHelp = "help";
    public const string ShowProfile = "profile";

    /// <summary>Open a stop at a step (starting it if the manager opens it): data unit, year, stop, step (1-4, default 1).</summary>
    public const string OpenStop = "stop.open";

    /// <summary>Add a contribution to a step: data unit, year, stop, step; input "contribution".</summary>
    public const string Contribute = "stop.contribute";

    /// <summary>Save a step's summary: data unit, year, stop, step, revision (the one shown); input "summary".</summary>
    public const string SaveSummary = "stop.summary";

    /// <summary>Add a proposal in step 4: data unit, year, stop; inputs "proposalTitle", "proposalOwner", "proposalDue".</summary>
    public const string Propose = "stop.propose";

    /// <summary>Let a staff member document the stop: data unit, year, stop; input "delegate" (person id).</summary>
    public const string DelegateDocumentation = "stop.delegate";

    /// <summary>Show the finishing card: data unit, year, stop.</summary>
    public const string FinishForm = "stop.finishForm";

    /// <summary>Finish the stop: data unit, year, stop; inputs "needsAction" (ja/nej), "trend", "comment".</summary>
    public const string Finish = "stop.finish";

    /// <summary>
    /// The viewer's own current view of a stop card (Universal Actions refresh, automatic or by the Uppdatera button):
    /// data unit, year, stop, and step for a step card; without a step, the channel card's view (the step the unit is in).
    /// </summary>
    public const string RefreshStop = "stop.refresh";

    /// <summary>Show how a finished stop ended (the summary card): data unit, year, stop.</summary>
    public const string ShowStopSummary = "stop.result";

    /// <summary>Show the unit's stops this year: data unit (optional).</summary>
    public const string ListStops = "stop.list";

    /// <summary>Save a logbook note: inputs "logbookStop" (stop number), "logbookText".</summary>
    public const string AddLogbookNote = "logbook.add";

    /// <summary>Open the filing card (from the help card).</summary>
    public const string ReportForm = "report.form";

    /// <summary>File a report: inputs reportKind, reportUnit, whatHappened, occurredDate, occurredTime, immediateMeasures, category.</summary>
    public const string FileReport = "report.file";

    /// <summary>Show a report's details to those allowed: data reference.</summary>
    public const string OpenReport = "report.open";

    /// <summary>The reporter's own reports.</summary>
    public const string MyReports = "report.mine";

    /// <summary>The manager's assessment: data reference; inputs severity (1-4), immediateActions, category.</summary>
    public const string AssessReport = "report.assess";

    /// <summary>The deputy director's IVO decision: data reference; inputs ivoDecision (ja/nej), ivoMotivation.</summary>
    public const string DecideIvo = "report.ivo";

    /// <summary>An investigation entry: data reference; inputs investigationTopic, investigationText, investigationIsFact (true/false).</summary>
    public const string Investigate = "report.investigate";

    /// <summary>An action from the report: data reference; inputs actionTitle, actionOwner, actionDue.</summary>
    public const string ReportAction = "report.action";

    /// <summary>The answer to a view, complaint or praise: data reference; input answerText.</summary>
    public const string AnswerFeedback = "report.answer";

    /// <summary>Close the report: data reference; input closingDecision.</summary>
    public const string CloseReport = "report.close";

    /// <summary>The unit's risk register: data unit (optional).</summary>
    public const string RiskRegister = "risk.list";

    /// <summary>Add a risk: data unit; inputs riskProcess, riskDescription, riskProbability (1-4), riskConsequence (1-4).</summary>
    public const string AddRisk = "risk.add";

    /// <summary>Choose next year's wheel template: data year (the current wheel year); input wheelTemplate.</summary>
    public const string ChooseWheel = "wheel.choose";

    /// <summary>Counts of reports: data unit (optional), year.</summary>
    public const string ReportStatistics = "report.stats";

    /// <summary>The messages the bot could not deliver, newest first (quality developers).</summary>
    public const string UndeliveredMessages = "outbox.failed";

    /// <summary>The unit's open reports, newest first: data unit (optional), skip (how many newer ones to pass).</summary>
    public const string UnitReports = "report.unit";

    /// <summary>The manager's substitute card: data unit (optional).</summary>
    public const string SubstituteForm = "substitute.form";

    /// <summary>Name a substitute: data unit; inputs substitutePerson, substituteFrom, substituteUntil (yyyy-MM-dd).</summary>
    public const string NameSubstitute = "substitute.name";

    /// <summary>End the substitute's period now: data unit.</summary>
    public const string EndSubstitute = "substitute.end";
}

/// <summary>The keys of card data and inputs, one place so cards and handlers agree.</summary>
public static class CardKeys
{
    public const string Unit = "unit";
    public const string Year = "year";
    public const string Stop = "stop";
    public const string Step = "step";
    public const string Revision = "revision";

    /// <summary>Which page of a step's contributions ("Visa äldre"): 0 the newest.</summary>
    public const string Page = "page";
    public const string Contribution = "contribution";
    public const string Summary = "summary";
    public const string ProposalTitle = "proposalTitle";
    public const string ProposalOwner = "proposalOwner";
    public const string ProposalDue = "proposalDue";
    public const string Delegate = "delegate";
    public const string NeedsAction = "needsAction";
    public const string Trend = "trend";
    public const string Comment = "comment";
    public const string LogbookStop = "logbookStop";
    public const string LogbookText = "logbookText";
    public const string Reference = "reference";
    public const string ReportKind = "reportKind";
    public const string ReportUnit = "reportUnit";
    public const string WhatHappened = "whatHappened";
    public const string OccurredDate = "occurredDate";
    public const string OccurredTime = "occurredTime";
    public const string ImmediateMeasures = "immediateMeasures";
    public const string Category = "category";
    public const string Severity = "severity";
    public const string ImmediateActions = "immediateActions";
    public const string IvoDecision = "ivoDecision";
    public const string IvoMotivation = "ivoMotivation";
    public const string InvestigationTopic = "investigationTopic";
    public const string InvestigationText = "investigationText";
    public const string InvestigationIsFact = "investigationIsFact";
    public const string ActionTitle = "actionTitle";
    public const string ActionOwner = "actionOwner";
    public const string ActionDue = "actionDue";
    public const string AnswerText = "answerText";
    public const string ClosingDecision = "closingDecision";
    public const string RiskProcess = "riskProcess";
    public const string RiskDescription = "riskDescription";
    public const string RiskProbability = "riskProbability";
    public const string RiskConsequence = "riskConsequence";
    public const string WheelTemplate = "wheelTemplate";
    public const string Skip = "skip";
    public const string SubstitutePerson = "substitutePerson";
    public const string SubstituteFrom = "substituteFrom";
    public const string SubstituteUntil = "substituteUntil";
}
