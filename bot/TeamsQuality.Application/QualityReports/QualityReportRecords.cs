using TeamsQuality.Application.Wheel;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Risks;
using TeamsQuality.Storage.SelfChecks;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.QualityReports;

/// <summary>
/// Reads a quality year's records for the report, per partition: a unit's stops, risks and actions are one query each;
/// the self-check plans, their results and the reports' facts one query each for the unit (its range) or, for the
/// administration, for the whole tenant. Units are read in parallel, at most <see cref="Parallel"/> at once, so 300
/// units take seconds, not minutes, and the storage account is not flooded. Never one point read per item.
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
    /// <summary>How many units are read at once.</summary>
    public const int Parallel = 8;

    /// <summary>The report's year when none is asked for: the current wheel year (Vetlanda's 2027 runs Nov 2026–Oct 2027).</summary>
    public async Task<int> DefaultYearAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var today = Domain.Time.SwedishTime.Day(time.GetUtcNow());
        return (await wheel.RunAsync(tenant, today, cancellationToken)).YearOf(today);
    }

    /// <summary>One unit's records of the year.</summary>
    public async Task<UnitYearRecords> OfUnitAsync(TenantId tenant, Unit unit, int year, CancellationToken cancellationToken)
    {
        var plan = plans.FindAsync(tenant, unit.Id, year, cancellationToken);
        var latest = results.LatestOfUnitAsync(tenant, unit.Id, year, cancellationToken);
        var facts = reports.FactsOfYearAsync(tenant, year, unit.Id, cancellationToken);
        var own = OwnAsync(tenant, unit, year, cancellationToken);
        await Task.WhenAll(plan, latest, facts, own);
        var (unitStops, unitRisks, unitActions) = await own;
        return new UnitYearRecords(unit, unitStops, (await plan)?.Points ?? [], await latest, await facts, unitRisks, unitActions);
    }

    /// <summary>Every unit's records of the year (the tenant-wide partitions once, each unit's own in parallel).</summary>
    public async Task<IReadOnlyList<UnitYearRecords>> OfUnitsAsync(TenantId tenant, IReadOnlyList<Unit> units, int year, CancellationToken cancellationToken)
    {
        var yearPlans = plans.ListYearAsync(tenant, year, cancellationToken);
        var yearResults = results.LatestOfYearAsync(tenant, year, cancellationToken);
        var yearFacts = reports.FactsOfYearAsync(tenant, year, null, cancellationToken);
        using var gate = new SemaphoreSlim(Parallel);
        var own = units.Select(async unit =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await OwnAsync(tenant, unit, year, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(own.Cast<Task>().Append(yearPlans).Append(yearResults).Append(yearFacts));
        var planOf = (await yearPlans).ToDictionary(p => p.UnitId, StringComparer.Ordinal);
        var resultsOf = (await yearResults).ToLookup(r => r.UnitId, StringComparer.Ordinal);
        var factsOf = (await yearFacts).ToLookup(r => r.UnitId, StringComparer.Ordinal);
        return units.Select((unit, i) =>
        {
            var (unitStops, unitRisks, unitActions) = own[i].Result;
            IReadOnlyList<ControlPoint> points = planOf.TryGetValue(unit.Id, out var plan) ? plan.Points : [];
            return new UnitYearRecords(unit, unitStops, points, resultsOf[unit.Id].ToList(), factsOf[unit.Id].ToList(), unitRisks, unitActions);
        }).ToList();
    }

    /// <summary>The manager group's stops of the wheel year and the actions they led to (held once for the administration).</summary>
    public async Task<(IReadOnlyList<Domain.Stops.LearningStop> Stops, IReadOnlyList<Domain.Actions.ImprovementAction> Actions)> OfManagerGroupAsync(
        TenantId tenant, int year, CancellationToken cancellationToken)
    {
        var groupStops = stops.ListYearAsync(tenant, ManagerGroup.Id, year, cancellationToken);
        var groupActions = actions.ListAsync(tenant, ManagerGroup.Id, cancellationToken);
        await Task.WhenAll(groupStops, groupActions);
        return (await groupStops, await groupActions);
    }

    private async Task<(IReadOnlyList<Domain.Stops.LearningStop>, IReadOnlyList<Domain.Risks.Risk>, IReadOnlyList<Domain.Actions.ImprovementAction>)> OwnAsync(
        TenantId tenant, Unit unit, int year, CancellationToken cancellationToken)
    {
        var unitStops = stops.ListYearAsync(tenant, unit.Id, year, cancellationToken);
        var unitRisks = risks.OfUnitAsync(tenant, unit.Id, cancellationToken);
        var unitActions = actions.ListAsync(tenant, unit.Id, cancellationToken);
        await Task.WhenAll(unitStops, unitRisks, unitActions);
        return (await unitStops, await unitRisks, await unitActions);
    }
}
