using System.Text.RegularExpressions;

namespace TeamsQuality.Cards.Help;

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

    public static BotCommand Garage { get; } = new(t => t.CommandGarage, t => t.CommandGarageDescription, GaragePattern());

    public static BotCommand SelfCheckPlan { get; } = new(t => t.CommandSelfCheckPlan, t => t.CommandSelfCheckPlanDescription, SelfCheckPlanPattern());

    public static BotCommand SelfChecks { get; } = new(t => t.CommandSelfChecks, t => t.CommandSelfChecksDescription, SelfChecksPattern());


    [GeneratedRegex(@"^\s*(egenkontroller|egenkontroll|self-checks|self checks|selfchecks|self-check)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfChecksPattern();
    public static BotCommand Actions { get; } = new(t => t.CommandActions, t => t.CommandActionsDescription, ActionsPattern());

    /// <summary>"veckobrev av|på" (or "digest off|on"): the weekly digest off or on; "veckobrev" alone says whether it is on.</summary>
    public static BotCommand Digest { get; } = new(t => t.CommandDigest, t => t.CommandDigestDescription, DigestPattern());

    /// <summary>Whether a digest command turns it on (true), off (false), or only asks (null).</summary>
    public static bool? DigestTurnsOn(string? text)
    {
        var state = text is null ? null : DigestPattern().Match(text) is { Success: true } match && match.Groups["state"].Success ? match.Groups["state"].Value.ToLowerInvariant() : null;
        return state switch
        {
            null => null,
            "av" or "off" => false,
            _ => true,
        };
    }

    [GeneratedRegex(@"^\s*(veckobrev|veckobrevet|weekly digest|digest)(\s+(?<state>av|på|pa|off|on))?\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DigestPattern();

    /// <summary>"kvalitetsberättelse [år]" (or "quality report [year]"): the year's quality report.</summary>
    public static BotCommand QualityReport { get; } = new(t => t.CommandQualityReport, t => t.CommandQualityReportDescription, QualityReportPattern());

    public static IReadOnlyList<BotCommand> All { get; } = [Help, Stops, Logbook, Report, MyReports, OpenReference, UnitReports, Substitute, Risks, Statistics, Wheel, WhoAmI, Garage, SelfChecks, SelfCheckPlan, Actions, Digest, QualityReport];

    /// <summary>"kvalitetsberättelse" (with or without the å and ä), "quality report", optionally followed by a year.</summary>
    [GeneratedRegex(@"^\s*(kvalitetsberättelse|kvalitetsberattelse|kvalitetsberättelsen|kvalitetsberattelsen|quality report)(\s+(?<year>20[0-9]{2}))?\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualityReportPattern();

    [GeneratedRegex(@"^\s*(åtgärder|atgarder|åtgärdsplan|åtgärdsplanen|verksamhetsplan|actions|action plan)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActionsPattern();

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

    /// <summary>A reference alone: kind, year and number, as DeviationReference.TryParse reads it after <see cref="Reference"/>.</summary>
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

    /// <summary>"garage" alone (the unit's Garage), or followed by what to park (captured as "text").</summary>
    [GeneratedRegex(@"^\s*(garage|garaget)\b[\s:]*(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex GaragePattern();

    [GeneratedRegex(@"^\s*(egenkontrollplan|egenkontrollplanen|self-check plan|self check plan|selfcheck plan)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfCheckPlanPattern();

    [GeneratedRegex(@"^\s*(vem är jag|vem ar jag|who am i|whoami|profil|profile)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoAmIPattern();
}
