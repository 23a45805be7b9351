using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.QualityReports;

/// <summary>Whose report: one unit's kvalitetsberättelse, or the administration's (förvaltningens) over all units.</summary>
public enum ReportScope
{
    Enhet,
    Forvaltning,
}

/// <summary>
/// The sections the manager writes by hand (seed 004 §4, DOMAIN.md "The quality report"): everything else in the report
/// is compiled from the year's records.
/// </summary>
public enum WrittenSectionKind
{
    /// <summary>Särskilda händelser: what stood out in the year (serious deviations, changes).</summary>
    SarskildaHandelser,

    /// <summary>Personal och ekonomi.</summary>
    PersonalOchEkonomi,

    /// <summary>Planerade aktiviteter nästa år.</summary>
    PlaneradeAktiviteter,

    /// <summary>Önskemål och behov till nämnden.</summary>
    BegaranTillNamnden,
}

/// <summary>
/// One perspective's assessment (bedömning, trend, comment): compiled from the year's finished stops of that
/// perspective, or as the manager wrote it instead (<see cref="Edited"/>).
/// </summary>
/// <param name="NeedsAction">Bedömning: must something be done? Null when no stop of the perspective is finished.</param>
/// <param name="FromStops">The numbers of the finished stops it was compiled from.</param>
public sealed record PerspectiveAssessment(
    QualityPerspective Perspective,
    bool? NeedsAction,
    Trend Trend,
    string? Comment,
    IReadOnlyList<int> FromStops,
    bool Edited);

/// <summary>A learning stop of the year as the report lists it: when, what, the assessment and the main conclusions (step 3's summary).</summary>
public sealed record ReportedStop(
    int Number,
    string Theme,
    QualityPerspective Perspective,
    StopStatus Status,
    DateOnly DueDate,
    DateOnly? HeldOn,
    bool? NeedsAction,
    Trend Trend,
    string? Comment,
    string? Conclusions,
    int ActionsProposed);

/// <summary>A self-check that ended Ej godkänd, with what was done about it.</summary>
/// <param name="Period">The period's label as the plan shows it, e.g. "mars 2027" or "T2 2027".</param>
/// <param name="Reason">The written reason when no action was planned.</param>
public sealed record FailedSelfCheck(
    string PointId,
    string What,
    QualityPerspective Perspective,
    string Period,
    DateOnly CheckedOn,
    string? Comment,
    string? Reason,
    IReadOnlyList<ReportedAction> Actions);

/// <summary>The year's self-checks: planned vs done per perspective, and the failures with their actions.</summary>
public sealed record ReportedSelfChecks(IReadOnlyList<PerspectiveTally> PerPerspective, IReadOnlyList<FailedSelfCheck> Failures)
{
    public int Planned => PerPerspective.Sum(p => p.Planned);

    public int Done => PerPerspective.Sum(p => p.Done);

    public int Godkand => PerPerspective.Sum(p => p.Godkand);

    public int EjGodkand => PerPerspective.Sum(p => p.EjGodkand);
}

/// <summary>
/// One cell of the year's report counts: how many reports of a kind were filed in a tertial with a category and a
/// severity (either unknown while not assessed). The report's tables and charts are sums over these cells, so a
/// count is never computed twice in two ways.
/// </summary>
public sealed record DeviationCount(DeviationKind Kind, int Tertial, DeviationCategory? Category, Severity? Severity, int Count);

/// <summary>The year's reports as counts only (tertials counted within the quality year's span) (no text, no names): deviations, lex Sarah reports, views, complaints and praise.</summary>
public sealed record ReportedDeviations(int Year, IReadOnlyList<DeviationCount> Counts)
{
    public int Total => Counts.Sum(c => c.Count);

    public int Of(Func<DeviationCount, bool> which) => Counts.Where(which).Sum(c => c.Count);

    public int OfKind(DeviationKind kind, int? tertial = null) => Of(c => c.Kind == kind && (tertial is null || c.Tertial == tertial));
}

/// <summary>
/// A lex Sarah report that was, or is to be, reported to IVO: reference and dates only (the board's report names no
/// client and quotes nothing).
/// </summary>
/// <param name="SentToIvoOn">The day it was sent to IVO, once recorded.</param>
/// <param name="IvoDiarienummer">IVO's diarienummer, once recorded.</param>
public sealed record ReportedIvoCase(
    string Reference,
    string UnitId,
    DeviationKind Kind,
    Severity Severity,
    DateOnly FiledOn,
    DateOnly? DecidedOn,
    bool? ReportToIvo,
    DateOnly? SentToIvoOn,
    string? IvoDiarienummer);

/// <summary>An action of the unit's plan as the report lists it: what, why, who, when, where it stands and whether it had effect.</summary>
public sealed record ReportedAction(
    string Id,
    string UnitId,
    string Title,
    ActionOriginKind Origin,
    string? Cause,
    string? OwnerName,
    DateOnly? DueDate,
    ActionStatus Status,
    ActionEffect? Effect,
    bool Overdue);

/// <summary>A hand-written section as saved (a draft until the report is taken out; every save is kept in its history).</summary>
public sealed record WrittenSection(WrittenSectionKind Kind, string Text, string ByName, DateTimeOffset At, int Revision);

/// <summary>One unit's line in the administration's cross-unit summary.</summary>
public sealed record UnitSummary(
    string UnitId,
    string UnitName,
    int StopsPlanned,
    int StopsFinished,
    int StopsOverdue,
    int SelfChecksPlanned,
    int SelfChecksDone,
    int SelfChecksEjGodkand,
    int Deviations,
    int LexSarah,
    int Complaints,
    int ActionsOpen,
    int ActionsOverdue,
    int CriticalRisks);

/// <summary>
/// The kvalitetsberättelse (quality report) of one unit or of the administration for a quality year, compiled from
/// the year's records and the sections the manager wrote. The document (Word, PDF) is drawn from this and nothing
/// else; it holds no personnummer, no client and no free text from reports (only counts and references).
/// </summary>
/// <param name="Year">The quality year: the wheel year, for everything in the report (see <paramref name="Span"/>).</param>
/// <param name="UnitId">The unit, for <see cref="ReportScope.Enhet"/>; null for the administration's.</param>
/// <param name="Title">The unit's name, or the organisation's for the administration's report.</param>
/// <param name="Stops">The unit's stops of the wheel year (the administration's: the manager group's).</param>
/// <param name="Units">The cross-unit summary: one line per unit for the administration's report, empty for a unit's.</param>
/// <param name="Span">The days the year covers (Vetlanda's 2027: 1 November 2026 – 31 October 2027), its tertials counted from its first month.</param>
public sealed record QualityReport(
    TenantId Tenant,
    ReportScope Scope,
    string? UnitId,
    string Title,
    string OrganisationName,
    int Year,
    DateTimeOffset CompiledAt,
    string CompiledByName,
    IReadOnlyList<PerspectiveAssessment> Perspectives,
    IReadOnlyList<ReportedStop> Stops,
    ReportedSelfChecks SelfChecks,
    ReportedDeviations Deviations,
    IReadOnlyList<ReportedIvoCase> IvoCases,
    RiskYearSummary Risks,
    IReadOnlyList<ReportedAction> Actions,
    IReadOnlyList<WrittenSection> Written,
    IReadOnlyList<UnitSummary> Units,
    QualityYearSpan Span)
{
    /// <summary>The sections in the order the report has them.</summary>
    public static IReadOnlyList<WrittenSectionKind> WrittenOrder { get; } =
        [WrittenSectionKind.SarskildaHandelser, WrittenSectionKind.PersonalOchEkonomi, WrittenSectionKind.PlaneradeAktiviteter, WrittenSectionKind.BegaranTillNamnden];

    /// <summary>The written section of a kind, if the manager wrote one.</summary>
    public WrittenSection? WrittenOf(WrittenSectionKind kind) => Written.FirstOrDefault(w => w.Kind == kind);
}
