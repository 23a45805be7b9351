using System.Globalization;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.QualityReports;

/// <summary>
/// What the report needs of a filed report: the facts it is counted by, never its text or who filed it. Read with the
/// columns selected, so a year of reports is counted without loading what happened.
/// </summary>
/// <param name="IvoDecidedAt">When the deputy director decided whether it goes to IVO, once decided.</param>
/// <param name="SentToIvoOn">When it was sent to IVO, as the IVO package recorded it on the report; null until then.</param>
/// <param name="IvoDiarienummer">IVO's diarienummer, recorded with <paramref name="SentToIvoOn"/>.</param>
public sealed record FiledReportFacts(
    string Reference,
    string UnitId,
    DeviationKind Kind,
    DateTimeOffset FiledAt,
    DeviationCategory? Category,
    Severity? Severity,
    bool? ReportToIvo,
    DateTimeOffset? IvoDecidedAt,
    DateOnly? SentToIvoOn = null,
    string? IvoDiarienummer = null);

/// <summary>
/// One holder's records of a quality year as the report reads them: the stops of the wheel year; the self-check plans
/// and results, the reports, the risks and the actions of the calendar years the year's span touches (the compiler
/// keeps what falls in the span, see <see cref="QualityReportCompiler"/>).
/// </summary>
/// <param name="Points">The points of the unit's self-check plans of those calendar years (a plan is per calendar year).</param>
public sealed record UnitYearRecords(
    Unit Unit,
    IReadOnlyList<LearningStop> Stops,
    IReadOnlyList<YearPoints> Points,
    IReadOnlyList<SelfCheckResult> Results,
    IReadOnlyList<FiledReportFacts> Reports,
    IReadOnlyList<Risk> Risks,
    IReadOnlyList<ImprovementAction> Actions);

/// <summary>
/// Compiles the kvalitetsberättelse from a year's records: the one place that decides what each part of the report
/// says, so the card, the tab and the documents never count in two ways.
///
/// The year: the report of year Y is of wheel year Y's span (<see cref="QualityYearSpan"/>: Vetlanda's runs 1 November
/// Y-1 to 31 October Y and ends with stop 10, the analysis days where the report is made) for everything in it: the
/// wheel year's stops, and the self-checks whose period ends in the span, the reports filed, the risks assessed and the
/// actions made, done or still open in it, with tertials counted from the span's first month. (Self-check plans and
/// the reports' partitions are kept per calendar year; the readers read the two a span touches.)
/// </summary>
public static class QualityReportCompiler
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>A unit's report: its records of the year and its draft.</summary>
    public static QualityReport ForUnit(Organisation organisation, UnitYearRecords records, QualityReportDraft draft, QualityYearSpan span, DateTimeOffset now, string compiledBy) =>
        new(
            organisation.Tenant,
            ReportScope.Enhet,
            records.Unit.Id,
            records.Unit.Name,
            organisation.Name,
            span.Year,
            now,
            compiledBy,
            Perspectives(records.Stops, draft),
            Stops(records.Stops, records.Actions),
            SelfChecks(records.Points, span, records.Results, records.Actions, Time.SwedishTime.Day(now)),
            Deviations(span, records.Reports),
            IvoCases(span, records.Reports),
            RiskYearSummary.Of(span, records.Risks, records.Actions),
            Actions(records.Actions, span, now),
            draft.Sections,
            [],
            span);

    /// <summary>
    /// The administration's report: every unit's figures summed, one line per unit, the manager group's stops (held
    /// once for the administration) and the administration's own draft, written by the deputy director.
    /// </summary>
    public static QualityReport ForAdministration(
        Organisation organisation, IReadOnlyList<UnitYearRecords> units, IReadOnlyList<LearningStop> managerGroupStops, IReadOnlyList<ImprovementAction> managerGroupActions, QualityReportDraft draft, QualityYearSpan span, DateTimeOffset now, string compiledBy)
    {
        var year = span.Year;
        var today = Time.SwedishTime.Day(now);
        var selfChecks = units.Select(u => SelfChecks(u.Points, span, u.Results, u.Actions, today)).ToList();
        var risks = units.Select(u => RiskYearSummary.Of(span, u.Risks, u.Actions)).ToList();
        return new QualityReport(
            organisation.Tenant,
            ReportScope.Forvaltning,
            null,
            organisation.Name,
            organisation.Name,
            year,
            now,
            compiledBy,
            Perspectives(managerGroupStops, draft),
            Stops(managerGroupStops, managerGroupActions),
            new ReportedSelfChecks(
                Enum.GetValues<QualityPerspective>().Select(p =>
                {
                    var these = selfChecks.Select(s => s.PerPerspective.Single(x => x.Perspective == p)).ToList();
                    return new PerspectiveTally(p, these.Sum(x => x.Planned), these.Sum(x => x.DueSoFar), these.Sum(x => x.Done), these.Sum(x => x.Godkand), these.Sum(x => x.EjGodkand));
                }).ToList(),
                selfChecks.SelectMany(s => s.Failures).ToList()),
            Deviations(span, units.SelectMany(u => u.Reports)),
            IvoCases(span, units.SelectMany(u => u.Reports)),
            new RiskYearSummary(year, RiskYearSummary.Order.Select(level => new RiskLevelCount(
                level, risks.Sum(r => r.Of(level).Assessed), risks.Sum(r => r.Of(level).WithActions))).ToList()),
            units.SelectMany(u => Actions(u.Actions, span, now)).ToList(),
            draft.Sections,
            units.Select(u => Summary(u, span, now)).ToList(),
            span);
    }

    /// <summary>
    /// Per perspective: the manager's own assessment when they wrote one, else compiled from the finished stops of the
    /// perspective: must something be done if any of them said so; the trend of the last one finished that judged
    /// one; their comments, each after its stop's number.
    /// </summary>
    public static IReadOnlyList<PerspectiveAssessment> Perspectives(IReadOnlyList<LearningStop> stops, QualityReportDraft draft) =>
        Enum.GetValues<QualityPerspective>().Select(perspective =>
        {
            var finished = stops.Where(s => s.Definition.Perspective == perspective && s.Status == StopStatus.Klar && s.Conclusion is not null)
                .OrderBy(s => s.Conclusion!.FinishedAt).ToList();
            var numbers = finished.Select(s => s.Key.Number).Order().ToList();
            if (draft.EditOf(perspective) is { } edit)
            {
                return new PerspectiveAssessment(perspective, edit.NeedsAction, edit.Trend, edit.Comment, numbers, Edited: true);
            }

            if (finished.Count == 0)
            {
                return new PerspectiveAssessment(perspective, null, Trend.EjBedomd, null, numbers, Edited: false);
            }

            var trend = finished.Select(s => s.Conclusion!.Trend).LastOrDefault(t => t != Trend.EjBedomd);
            var comments = finished.Where(s => !string.IsNullOrWhiteSpace(s.Conclusion!.Comment))
                .Select(s => $"{s.Key.Number}. {s.Definition.Theme}: {s.Conclusion!.Comment!.Trim()}").ToList();
            return new PerspectiveAssessment(
                perspective, finished.Any(s => s.Conclusion!.NeedsAction), trend, comments.Count == 0 ? null : string.Join("\n", comments), numbers, Edited: false);
        }).ToList();

    /// <summary>The stops of the wheel year, in order: step 3's summary is the main conclusions; the actions their proposals became.</summary>
    public static IReadOnlyList<ReportedStop> Stops(IReadOnlyList<LearningStop> stops, IReadOnlyList<ImprovementAction> actions) =>
        stops.OrderBy(s => s.Key.Number).Select(s => new ReportedStop(
            s.Key.Number,
            s.Definition.Theme,
            s.Definition.Perspective,
            s.Status,
            s.DueDate,
            s.Conclusion is { } c ? Time.SwedishTime.Day(c.FinishedAt) : null,
            s.Conclusion?.NeedsAction,
            s.Conclusion?.Trend ?? Trend.EjBedomd,
            s.Conclusion?.Comment,
            s.SummaryOf(AnalysisStep.DraSlutsatser)?.Text,
            actions.Count(a => StopActions.CameFrom(a, s.Key)))).ToList();

    /// <summary>
    /// The self-checks of the year per perspective (the occurrences whose period ends in the span, from the plans of
    /// the calendar years it touches), and each Ej godkänd with its action or the reason none was needed.
    /// </summary>
    public static ReportedSelfChecks SelfChecks(IReadOnlyList<YearPoints> plans, QualityYearSpan span, IReadOnlyList<SelfCheckResult> results, IReadOnlyList<ImprovementAction> actions, DateOnly today)
    {
        var tally = SelfCheckProgress.Tally(plans, span, results, today);
        var byId = actions.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var failures = results
            .Where(r => r.Current.Verdict == CheckVerdict.EjGodkand)
            .Select(r => (Result: r, Point: plans.FirstOrDefault(p => p.Year == r.Year)?.Points.FirstOrDefault(p => p.Id == r.PointId)))
            .Where(x => InSpan(span, x.Point, x.Result))
            .Select(x =>
            {
                var (r, point) = x;
                var entry = r.Current;
                IReadOnlyList<ReportedAction> planned = entry.ActionId is { } id && byId.TryGetValue(id, out var action) ? [Reported(action, today)] : [];
                return new FailedSelfCheck(
                    r.PointId, point?.What ?? r.PointId, r.Perspective, PeriodLabel(point, r.Year, r.Period), Time.SwedishTime.Day(entry.At), entry.Comment, entry.Reason, planned);
            })
            .OrderBy(f => f.CheckedOn).ToList();
        return new ReportedSelfChecks(tally, failures);
    }

    /// <summary>The reports filed in the year's span as counts: one cell per kind, tertial (of the span), category and severity.</summary>
    public static ReportedDeviations Deviations(QualityYearSpan span, IEnumerable<FiledReportFacts> reports) =>
        new(span.Year, reports
            .Where(r => span.Contains(r.FiledAt))
            .GroupBy(r => (r.Kind, Tertial: span.TertialOf(r.FiledAt), r.Category, r.Severity))
            .Select(g => new DeviationCount(g.Key.Kind, g.Key.Tertial, g.Key.Category, g.Key.Severity, g.Count()))
            .OrderBy(c => c.Kind).ThenBy(c => c.Tertial).ThenBy(c => c.Category).ThenBy(c => c.Severity)
            .ToList());

    /// <summary>The lex Sarah reports filed in the span and assessed 3–4 or with an IVO decision: references and dates only.</summary>
    public static IReadOnlyList<ReportedIvoCase> IvoCases(QualityYearSpan span, IEnumerable<FiledReportFacts> reports) =>
        reports
            .Where(r => span.Contains(r.FiledAt) && r.Kind.IsLexSarah() && (r.Severity?.MustBeReportedToIvo() == true || r.ReportToIvo is not null))
            .OrderBy(r => r.FiledAt)
            .Select(r => new ReportedIvoCase(
                r.Reference, r.UnitId, r.Kind, r.Severity ?? Severity.Allvarlig, Time.SwedishTime.Day(r.FiledAt),
                r.IvoDecidedAt is { } decided ? Time.SwedishTime.Day(decided) : null, r.ReportToIvo, r.SentToIvoOn, r.IvoDiarienummer))
            .ToList();

    /// <summary>
    /// The actions that belong to the year's span: made in it, done in it, or still open (an open action from an
    /// earlier year is still the unit's work).
    /// </summary>
    public static IReadOnlyList<ReportedAction> Actions(IReadOnlyList<ImprovementAction> actions, QualityYearSpan span, DateTimeOffset now)
    {
        var today = Time.SwedishTime.Day(now);
        return actions
            .Where(a => BelongsTo(a, span))
            .OrderBy(a => a.DueDate ?? DateOnly.MaxValue).ThenBy(a => a.Title, StringComparer.Create(Swedish, false))
            .Select(a => Reported(a, today))
            .ToList();
    }

    /// <summary>One unit's line in the administration's summary.</summary>
    public static UnitSummary Summary(UnitYearRecords u, QualityYearSpan span, DateTimeOffset now)
    {
        var today = Time.SwedishTime.Day(now);
        var tally = SelfCheckProgress.Tally(u.Points, span, u.Results, today);
        var reports = u.Reports.Where(r => span.Contains(r.FiledAt)).ToList();
        var actions = u.Actions.Where(a => BelongsTo(a, span)).ToList();
        return new UnitSummary(
            u.Unit.Id,
            u.Unit.Name,
            u.Stops.Count,
            u.Stops.Count(s => s.Status == StopStatus.Klar),
            u.Stops.Count(s => s.IsOverdue(today)),
            tally.Sum(t => t.Planned),
            tally.Sum(t => t.Done),
            tally.Sum(t => t.EjGodkand),
            reports.Count(r => !r.Kind.IsLexSarah() && !r.Kind.IsFeedback()),
            reports.Count(r => r.Kind.IsLexSarah()),
            reports.Count(r => r.Kind == DeviationKind.Klagomal),
            actions.Count(a => a.Status != ActionStatus.Genomford),
            actions.Count(a => a.IsOverdue(now)),
            RiskYearSummary.Of(span, u.Risks, u.Actions).Of(RiskLevel.Kritisk).Assessed);
    }

    /// <summary>A self-check's period as the plan names it, in the report's language (Swedish, the board's).</summary>
    public static string PeriodLabel(ControlPoint? point, int year, int period)
    {
        var occurrence = point is null ? null : SelfCheckSchedule.Occurrences(point, year).FirstOrDefault(o => o.Period == period);
        return (point?.Frequency, occurrence) switch
        {
            (CheckFrequency.Kvartalsvis, _) => $"kvartal {period} {year}",
            (CheckFrequency.Tertialvis, _) => $"tertial {period} {year}",
            (CheckFrequency.Halvarsvis, _) => $"halvår {period} {year}",
            (_, { } o) => o.Starts.ToString("MMMM yyyy", Swedish),
            _ => $"{period} {year}",
        };
    }

    private static bool BelongsTo(ImprovementAction a, QualityYearSpan span) =>
        span.Contains(a.CreatedAt)
        || (a.DoneOn is { } done && span.Contains(done))
        || (a.Status != ActionStatus.Genomford && Time.SwedishTime.Day(a.CreatedAt) < span.First);

    /// <summary>
    /// Whether a self-check result is of the span: its occurrence's period ends in it; a result whose point has left the
    /// plan counts by the day it was recorded.
    /// </summary>
    private static bool InSpan(QualityYearSpan span, ControlPoint? point, SelfCheckResult result) =>
        point is not null && SelfCheckSchedule.Occurrences(point, result.Year).FirstOrDefault(o => o.Period == result.Period) is { } occurrence
            ? span.Contains(occurrence.Ends)
            : span.Contains(result.Current.At);

    private static ReportedAction Reported(ImprovementAction a, DateOnly today) =>
        new(a.Id, a.UnitId, a.Title, a.Origin.Kind, a.Cause, a.OwnerName, a.DueDate, a.Status, a.Effect?.Effect,
            a.Status != ActionStatus.Genomford && a.DueDate is { } due && due < today);
}
