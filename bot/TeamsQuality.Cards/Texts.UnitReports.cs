using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;

namespace TeamsQuality.Cards;

/// <summary>
/// The texts of the unit's open reports, opening a report by its reference, and the manager's substitute (ersättare)
/// (their values are with the others in Texts.cs).
/// </summary>
public sealed partial record Texts
{
    // ---- The unit's open reports ----

    /// <summary>{0}: the unit.</summary>
    public required string UnitReportsTitle { get; init; }

    public required string UnitReportsOne { get; init; }

    /// <summary>{0}: how many.</summary>
    public required string UnitReportsMany { get; init; }

    public required string UnitReportsNone { get; init; }

    /// <summary>{0}: the first shown, {1}: the last shown, {2}: how many in all.</summary>
    public required string UnitReportsShowing { get; init; }

    public required string UnitReportsNewer { get; init; }

    public required string UnitReportsOlder { get; init; }

    /// <summary>{0}: how long, e.g. 2 dagar 3 timmar.</summary>
    public required string WaitedForAssessment { get; init; }

    /// <summary>{0}: how long.</summary>
    public required string WaitedForAnswer { get; init; }

    /// <summary>{0}: how long.</summary>
    public required string WaitedForIvoDecision { get; init; }

    /// <summary>Staff asked for the unit's reports: the list is for those who follow them; theirs are in 'mina rapporter'.</summary>
    public required string UnitReportsNotForStaff { get; init; }

    public required string ShowUnitReports { get; init; }

    /// <summary>{0}: the substitute's name, {1}: the period.</summary>
    public required string UnitReportsSubstitute { get; init; }

    // ---- A reference typed, and what a channel shows instead of a report ----

    /// <summary>
    /// The same whether the report does not exist or the person may not see it, and the same for every reference, so
    /// the answer tells nothing about which reports exist.
    /// </summary>
    public required string ReportNoneToOpen { get; init; }

    public required string ReportInChannel { get; init; }

    public required string UnitReportsInChannel { get; init; }

    // ---- The substitute (ersättare) ----

    /// <summary>{0}: the unit.</summary>
    public required string SubstituteTitle { get; init; }

    public required string SubstituteIntro { get; init; }

    public required string SubstituteNone { get; init; }

    /// <summary>{0}: the substitute, {1}: the period.</summary>
    public required string SubstituteCurrentOn { get; init; }

    /// <summary>{0}: the substitute, {1}: the period.</summary>
    public required string SubstituteCurrentPlanned { get; init; }

    public required string EndSubstitute { get; init; }

    public required string SubstituteButton { get; init; }

    public required string NameSubstituteHeading { get; init; }

    public required string SubstitutePersonLabel { get; init; }

    public required string SubstitutePersonPlaceholder { get; init; }

    public required string SubstitutePersonError { get; init; }

    public required string SubstituteFromLabel { get; init; }

    public required string SubstituteFromError { get; init; }

    public required string SubstituteUntilLabel { get; init; }

    public required string SubstituteUntilError { get; init; }

    public required string SaveSubstitute { get; init; }

    /// <summary>{0}: the substitute, {1}: the period.</summary>
    public required string SubstituteHistoryNamed { get; init; }

    /// <summary>{0}: the substitute, {1}: the period.</summary>
    public required string SubstituteHistoryEnded { get; init; }

    public required string SubstituteSaved { get; init; }

    public required string SubstituteEndedNotice { get; init; }

    public required string SubstituteOnlyManager { get; init; }

    public required string SubstituteNoUnit { get; init; }

    public required string SubstituteProblemSelf { get; init; }

    public required string SubstituteProblemNotInUnit { get; init; }

    public required string SubstituteProblemEndsBeforeStart { get; init; }

    public required string SubstituteProblemFromPast { get; init; }

    public required string SubstituteProblemUntilPast { get; init; }

    public required string SubstituteProblemNoneToEnd { get; init; }

    /// <summary>The notice to the person named: a title.</summary>
    public required string SubstituteNamedTitle { get; init; }

    /// <summary>{0}: the manager, {1}: the unit, {2}: the period.</summary>
    public required string SubstituteNamedText { get; init; }

    public required string SubstituteEndedTitle { get; init; }

    /// <summary>{0}: the manager, {1}: the unit.</summary>
    public required string SubstituteEndedText { get; init; }

    /// <summary>Whose decision the report waits for, and how long it has: "har väntat på bedömning i 2 dagar".</summary>
    public string Waited(ReportWait what, TimeSpan elapsed) => string.Format(
        Language.Culture(),
        what switch
        {
            ReportWait.Answer => WaitedForAnswer,
            ReportWait.IvoDecision => WaitedForIvoDecision,
            _ => WaitedForAssessment,
        },
        Elapsed(elapsed));

    /// <summary>"1 december 2026 – 14 december 2026": a substitute's period, whole days.</summary>
    public string Period(DateOnly from, DateOnly until) =>
        $"{StopCardParts.Date(Language, from)} – {StopCardParts.Date(Language, until)}";

    /// <summary>A clear message for a problem with naming a substitute, for the field it names.</summary>
    public string SubstituteProblemText(SubstituteProblem problem) => problem.Kind switch
    {
        SubstituteProblemKind.Required => problem.Field switch
        {
            SubstituteField.From => SubstituteFromError,
            SubstituteField.Until => SubstituteUntilError,
            _ => SubstitutePersonError,
        },
        SubstituteProblemKind.NotManager => SubstituteOnlyManager,
        SubstituteProblemKind.Self => SubstituteProblemSelf,
        SubstituteProblemKind.NotInUnit => SubstituteProblemNotInUnit,
        SubstituteProblemKind.EndsBeforeStart => SubstituteProblemEndsBeforeStart,
        SubstituteProblemKind.InThePast => problem.Field == SubstituteField.From ? SubstituteProblemFromPast : SubstituteProblemUntilPast,
        SubstituteProblemKind.NoneToEnd => SubstituteProblemNoneToEnd,
        _ => SomethingWentWrong,
    };
}
