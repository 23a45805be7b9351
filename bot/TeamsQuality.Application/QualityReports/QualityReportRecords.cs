using TeamsQuality.Application.Wheel;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.QualityReports;
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
/// requests for 300 units where one query per unit and table took 934. Neither reads the plans' history, nor of the
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
    /// <summary>The report's year when none is asked for: the current wheel year (Vetlanda's 2027 runs Nov 2026–Oct 2027).</summary>
    public async Task<int> DefaultYearAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var today = Domain.Time.SwedishTime.Day(time.GetUtcNow());
        return (await wheel.RunAsync(tenant, today, cancellationToken)).YearOf(today);
    }

    /// <summary>One unit's records of the year.</summary>
    public async Task<UnitYearRecords> OfUnitAsync(TenantId tenant, Unit unit, int year, CancellationToken cancellationToken) =>
        (await ReadAsync(tenant, [unit], unit.Id, year, cancellationToken)).Units.Single();

    /// <summary>Every unit's records of the year and the manager group's stops and actions (held once for the administration).</summary>
    public Task<AdministrationRecords> OfAdministrationAsync(TenantId tenant, IReadOnlyList<Unit> units, int year, CancellationToken cancellationToken) =>
        ReadAsync(tenant, units, null, year, cancellationToken);

    /// <summary>The records of <paramref name="units"/>: the partitions of <paramref name="unitId"/>, or with it null the tenant's.</summary>
    private async Task<AdministrationRecords> ReadAsync(TenantId tenant, IReadOnlyList<Unit> units, string? unitId, int year, CancellationToken cancellationToken)
    {
        var stopRead = stops.ListYearByHolderAsync(tenant, unitId, year, cancellationToken);
        var riskRead = risks.ByUnitAsync(tenant, unitId, cancellationToken);
        var actionRead = actions.ListForReportAsync(tenant, unitId, cancellationToken);
        var pointRead = plans.PointsOfYearAsync(tenant, year, unitId, cancellationToken);
        var resultRead = unitId is null ? results.LatestOfYearAsync(tenant, year, cancellationToken) : results.LatestOfUnitAsync(tenant, unitId, year, cancellationToken);
        var factRead = reports.FactsOfYearAsync(tenant, year, unitId, cancellationToken);
        await Task.WhenAll(stopRead, riskRead, actionRead, pointRead, resultRead, factRead);
        var (stopsOf, risksOf, actionsOf, pointsOf) = (await stopRead, await riskRead, await actionRead, await pointRead);
        var resultsOf = (await resultRead).ToLookup(r => r.UnitId, StringComparer.Ordinal);
        var factsOf = (await factRead).ToLookup(r => r.UnitId, StringComparer.Ordinal);
        return new AdministrationRecords(
            units.Select(unit => new UnitYearRecords(
                unit,
                stopsOf.GetValueOrDefault(unit.Id) ?? [],
                pointsOf.GetValueOrDefault(unit.Id) ?? [],
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
