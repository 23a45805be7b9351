using TeamsQuality.Application.Wheel;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Risks;
using TeamsQuality.Storage.SelfChecks;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.QualityReports;

/// <summary>
/// Reads a quality year's records for the report. A unit's: one query per partition (its stops, risks and actions, its
/// plan's points and results, its reports' facts). The administration's: every unit's and the manager group's at once,
/// one range query per table over the tenant's partitions (stops of the year, risks, actions) and one query of the
/// tenant's year partitions (the plans' points, the results, the reports' facts), each paged by 1,000 rows: about 30
/// requests for 300 units where one query per unit and table took 934. The plans' points, the results and the reports'
/// facts are kept per calendar year: each is read for every calendar year the quality year's span touches (two for a
/// wheel year that starts after January), and the compiler keeps what falls in the span. Neither reads the plans' history, nor of the
/// actions' history more than the changes that marked them Genomförd. Never one point read per item.
/// </summary>
public sealed class QualityReportRecords(
    LearningStopRepository stops,
    SelfCheckPlanRepository plans,
    SelfCheckResultRepository results,
    DeviationRepository reports,
    RiskRepository risks,
    ImprovementActionRepository actions,
    CurrentWheel wheel,
    TimeProvider time) : IUseCase
{
    /// <summary>
    /// The quality year's span: of the year asked for, or, when none is, of the report's default year
    /// (<see cref="OrganisationWheel.ReportYear"/>: the last whose report stop has opened, Swedish time; in November
    /// 2026 Vetlanda's 2026, November 2025 – October 2026). One read of the wheel.
    /// </summary>
    public async Task<QualityYearSpan> SpanAsync(TenantId tenant, int? year, CancellationToken cancellationToken)
    {
        var today = Domain.Time.SwedishTime.Day(time.GetUtcNow());
        var current = await wheel.RunAsync(tenant, today, cancellationToken);
        return current.Span(year ?? current.ReportYear(today));
    }

    /// <summary>One unit's records of the year.</summary>
    public async Task<UnitYearRecords> OfUnitAsync(TenantId tenant, Unit unit, QualityYearSpan span, CancellationToken cancellationToken) =>
        (await ReadAsync(tenant, [unit], unit.Id, span, cancellationToken)).Units.Single();

    /// <summary>Every unit's records of the year and the manager group's stops and actions (held once for the administration).</summary>
    public Task<AdministrationRecords> OfAdministrationAsync(TenantId tenant, IReadOnlyList<Unit> units, QualityYearSpan span, CancellationToken cancellationToken) =>
        ReadAsync(tenant, units, null, span, cancellationToken);

    /// <summary>The records of <paramref name="units"/>: the partitions of <paramref name="unitId"/>, or with it null the tenant's.</summary>
    private async Task<AdministrationRecords> ReadAsync(TenantId tenant, IReadOnlyList<Unit> units, string? unitId, QualityYearSpan span, CancellationToken cancellationToken)
    {
        var year = span.Year;
        var years = span.CalendarYears;
        var stopRead = stops.ListYearByHolderAsync(tenant, unitId, year, cancellationToken);
        var riskRead = risks.ByUnitAsync(tenant, unitId, cancellationToken);
        var actionRead = actions.ListForReportAsync(tenant, unitId, cancellationToken);
        var pointRead = Task.WhenAll(years.Select(async y => (Year: y, Points: await plans.PointsOfYearAsync(tenant, y, unitId, cancellationToken))));
        var resultRead = Task.WhenAll(years.Select(y => unitId is null ? results.LatestOfYearAsync(tenant, y, cancellationToken) : results.LatestOfUnitAsync(tenant, unitId, y, cancellationToken)));
        var factRead = Task.WhenAll(years.Select(y => reports.FactsOfYearAsync(tenant, y, unitId, cancellationToken)));
        await Task.WhenAll(stopRead, riskRead, actionRead, pointRead, resultRead, factRead);
        var (stopsOf, risksOf, actionsOf, pointsByYear) = (await stopRead, await riskRead, await actionRead, await pointRead);
        var resultsOf = (await resultRead).SelectMany(r => r).ToLookup(r => r.UnitId, StringComparer.Ordinal);
        var factsOf = (await factRead).SelectMany(f => f).ToLookup(r => r.UnitId, StringComparer.Ordinal);
        IReadOnlyList<YearPoints> PointsOf(string unit) =>
            pointsByYear.Where(p => p.Points.ContainsKey(unit)).Select(p => new YearPoints(p.Year, p.Points[unit])).ToList();
        return new AdministrationRecords(
            units.Select(unit => new UnitYearRecords(
                unit,
                stopsOf.GetValueOrDefault(unit.Id) ?? [],
                PointsOf(unit.Id),
                resultsOf[unit.Id].ToList(),
                factsOf[unit.Id].ToList(),
                risksOf.GetValueOrDefault(unit.Id) ?? [],
                actionsOf.GetValueOrDefault(unit.Id) ?? [])).ToList(),
            stopsOf.GetValueOrDefault(ManagerGroup.Id) ?? [],
            actionsOf.GetValueOrDefault(ManagerGroup.Id) ?? []);
    }
}

/// <summary>The administration's records of a year: every unit's, and the manager group's stops of the wheel year and the actions they led to.</summary>
public sealed record AdministrationRecords(
    IReadOnlyList<UnitYearRecords> Units,
    IReadOnlyList<Domain.Stops.LearningStop> ManagerGroupStops,
    IReadOnlyList<Domain.Actions.ImprovementAction> ManagerGroupActions);
