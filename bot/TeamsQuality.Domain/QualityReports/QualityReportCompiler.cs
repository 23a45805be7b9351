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
/// One holder's records of a quality year as the report reads them: the stops of the wheel year; the self-check plan's
/// points and results, the reports, the risks and the actions of the calendar year (see <see cref="QualityReportCompiler"/>).
/// </summary>
public sealed record UnitYearRecords(
    Unit Unit,
    IReadOnlyList<LearningStop> Stops,
    IReadOnlyList<ControlPoint> Points,
    IReadOnlyList<SelfCheckResult> Results,
    IReadOnlyList<FiledReportFacts> Reports,
    IReadOnlyList<Risk> Risks,
    IReadOnlyList<ImprovementAction> Actions);

/// <summary>
/// Compiles the kvalitetsberättelse from a year's records: the one place that decides what each part of the report
/// says, so the card, the tab and the documents never count in two ways.
///
/// The year: the report of year Y holds the stops of wheel year Y (Vetlanda's runs November Y-1 to October Y and
/// ends with stop 10, the analysis days where the report is made) and the self-checks, reports, risks and actions of
/// calendar year Y (their own plans and statistics are kept per calendar year, and the board reads them so).
/// </summary>
public static class QualityReportCompiler
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>A unit's report: its records of the year and its draft.</summary>
    public static QualityReport ForUnit(Organisation organisation, UnitYearRecords records, QualityReportDraft draft, int year, DateTimeOffset now, string compiledBy) =>
        new(
            organisation.Tenant,
            ReportScope.Enhet,
            records.Unit.Id,
            records.Unit.Name,
            organisation.Name,
            year,
            now,
            compiledBy,
            Perspectives(records.Stops, draft),
            Stops(records.Stops, records.Actions),
            SelfChecks(records.Points, year, records.Results, records.Actions, Time.SwedishTime.Day(now)),
            Deviations(year, records.Reports),
            IvoCases(records.Reports),
            RiskYearSummary.Of(year, records.Risks, records.Actions),
            Actions(records.Actions, year, now),
            draft.Sections,
            []);

    /// <summary>
    /// The administration's report: every unit's figures summed, one line per unit, the manager group's stops (held
    /// once for the administration) and the administration's own draft, written by the deputy director.
    /// </summary>
    public static QualityReport ForAdministration(
        Organisation organisation, IReadOnlyList<UnitYearRecords> units, IReadOnlyList<LearningStop> managerGroupStops, IReadOnlyList<ImprovementAction> managerGroupActions, QualityReportDraft draft, int year, DateTimeOffset now, string compiledBy)
    {
        var today = Time.SwedishTime.Day(now);
        var selfChecks = units.Select(u => SelfChecks(u.Points, year, u.Results, u.Actions, today)).ToList();
        var risks = units.Select(u => RiskYearSummary.Of(year, u.Risks, u.Actions)).ToList();
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
            Deviations(year, units.SelectMany(u => u.Reports)),
            IvoCases(units.SelectMany(u => u.Reports)),
            new RiskYearSummary(year, RiskYearSummary.Order.Select(level => new RiskLevelCount(
                level, risks.Sum(r => r.Of(level).Assessed), risks.Sum(r => r.Of(level).WithActions))).ToList()),
            units.SelectMany(u => Actions(u.Actions, year, now)).ToList(),
            draft.Sections,
            units.Select(u => Summary(u, year, now)).ToList());
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

    /// <summary>The self-checks of the calendar year per perspective, and each Ej godkänd with its action or the reason none was needed.</summary>
    public static ReportedSelfChecks SelfChecks(IReadOnlyList<ControlPoint> points, int year, IReadOnlyList<SelfCheckResult> results, IReadOnlyList<ImprovementAction> actions, DateOnly today)
    {
        var tally = SelfCheckProgress.Tally(points, year, results, today);
        var byId = actions.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var failures = results
            .Where(r => r.Year == year && r.Current.Verdict == CheckVerdict.EjGodkand)
            .Select(r =>
            {
                var point = points.FirstOrDefault(p => p.Id == r.PointId);
                var entry = r.Current;
                IReadOnlyList<ReportedAction> planned = entry.ActionId is { } id && byId.TryGetValue(id, out var action) ? [Reported(action, today)] : [];
                return new FailedSelfCheck(
                    r.PointId, point?.What ?? r.PointId, r.Perspective, PeriodLabel(point, year, r.Period), Time.SwedishTime.Day(entry.At), entry.Comment, entry.Reason, planned);
            })
            .OrderBy(f => f.CheckedOn).ToList();
        return new ReportedSelfChecks(tally, failures);
    }

    /// <summary>The reports filed in the calendar year as counts: one cell per kind, tertial, category and severity.</summary>
    public static ReportedDeviations Deviations(int year, IEnumerable<FiledReportFacts> reports) =>
        new(year, reports
            .Where(r => Time.SwedishTime.Day(r.FiledAt).Year == year)
            .GroupBy(r => (r.Kind, Tertial: Tertial.Of(Time.SwedishTime.Day(r.FiledAt)).Number, r.Category, r.Severity))
            .Select(g => new DeviationCount(g.Key.Kind, g.Key.Tertial, g.Key.Category, g.Key.Severity, g.Count()))
            .OrderBy(c => c.Kind).ThenBy(c => c.Tertial).ThenBy(c => c.Category).ThenBy(c => c.Severity)
            .ToList());

    /// <summary>The lex Sarah reports assessed 3–4 or with an IVO decision: references and dates only.</summary>
    public static IReadOnlyList<ReportedIvoCase> IvoCases(IEnumerable<FiledReportFacts> reports) =>
        reports
            .Where(r => r.Kind.IsLexSarah() && (r.Severity?.MustBeReportedToIvo() == true || r.ReportToIvo is not null))
            .OrderBy(r => r.FiledAt)
            .Select(r => new ReportedIvoCase(
                r.Reference, r.UnitId, r.Kind, r.Severity ?? Severity.Allvarlig, Time.SwedishTime.Day(r.FiledAt),
                r.IvoDecidedAt is { } decided ? Time.SwedishTime.Day(decided) : null, r.ReportToIvo, r.SentToIvoOn, r.IvoDiarienummer))
            .ToList();

    /// <summary>
    /// The actions that belong to the calendar year: made in it, done in it, or still open at its end (an open action
    /// from last year is still the unit's work).
    /// </summary>
    public static IReadOnlyList<ReportedAction> Actions(IReadOnlyList<ImprovementAction> actions, int year, DateTimeOffset now)
    {
        var today = Time.SwedishTime.Day(now);
        return actions
            .Where(a => BelongsTo(a, year))
            .OrderBy(a => a.DueDate ?? DateOnly.MaxValue).ThenBy(a => a.Title, StringComparer.Create(Swedish, false))
            .Select(a => Reported(a, today))
            .ToList();
    }

    /// <summary>One unit's line in the administration's summary.</summary>
    public static UnitSummary Summary(UnitYearRecords u, int year, DateTimeOffset now)
    {
        var today = Time.SwedishTime.Day(now);
        var tally = SelfCheckProgress.Tally(u.Points, year, u.Results, today);
        var reports = u.Reports.Where(r => Time.SwedishTime.Day(r.FiledAt).Year == year).ToList();
        var actions = u.Actions.Where(a => BelongsTo(a, year)).ToList();
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
            RiskYearSummary.Of(year, u.Risks, u.Actions).Of(RiskLevel.Kritisk).Assessed);
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

    private static bool BelongsTo(ImprovementAction a, int year) =>
        Time.SwedishTime.Day(a.CreatedAt).Year == year
        || a.DoneOn?.Year == year
        || (a.Status != ActionStatus.Genomford && Time.SwedishTime.Day(a.CreatedAt).Year < year);

    private static ReportedAction Reported(ImprovementAction a, DateOnly today) =>
        new(a.Id, a.UnitId, a.Title, a.Origin.Kind, a.Cause, a.OwnerName, a.DueDate, a.Status, a.Effect?.Effect,
            a.Status != ActionStatus.Genomford && a.DueDate is { } due && due < today);
}
