using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Risks;
using TeamsQuality.Storage.SelfChecks;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Overview;

/// <summary>
/// The management view's drill into one unit for a person and a wheel year: its stops with due dates and state, its
/// actions with owner, due date and status (open first), and for those who see figures its self-check points with the
/// latest result, its current risks per level and (for the units whose reports they count) its reports per tertial.
/// Refused <see cref="RefusalReason.NotFound"/> for a unit that is not among those they see, as for one that does not exist.
/// </summary>
public sealed class ShowUnitOverview(
    OverviewScope scope,
    LearningStopRepository stops,
    ImprovementActionRepository actions,
    RiskRepository risks,
    DeviationRepository reports,
    SelfCheckPlanRepository plans,
    SelfCheckResultRepository results) : IUseCase
{
    public async Task<Outcome<UnitOverview>> RunAsync(TenantId tenant, string personId, string unitId, int? year, CancellationToken cancellationToken)
    {
        var found = await scope.RunAsync(tenant, personId, year, cancellationToken);
        if (found.IsRefused)
        {
            return found.As<UnitOverview>();
        }

        var basis = found.Value;
        var unit = basis.Units.FirstOrDefault(u => string.Equals(u.Id, unitId, StringComparison.Ordinal));
        if (unit is null)
        {
            return Outcome.Refused<UnitOverview>(RefusalReason.NotFound, Field.Unit);
        }

        var figures = basis.Audience.SeesFigures();
        var stopRead = stops.StatusesOfYearAsync(tenant, unit.Id, basis.Year, cancellationToken);
        var actionRead = actions.LinesAsync(tenant, unit.Id, cancellationToken);
        var riskRead = figures ? risks.LinesAsync(tenant, unit.Id, cancellationToken) : null;
        var pointRead = figures ? plans.PointsOfYearAsync(tenant, basis.Year, unit.Id, cancellationToken) : null;
        var resultRead = figures ? results.LatestOfUnitAsync(tenant, unit.Id, basis.Year, cancellationToken) : null;
        var reportRead = basis.CountedUnits.Contains(unit.Id) ? basis.FiledInSpanAsync(y => reports.FactsOfYearAsync(tenant, y, unit.Id, cancellationToken)) : null;

        var unitActions = (await actionRead)
            .OrderBy(a => a.IsOpen ? 0 : 1)
            .ThenBy(a => a.DueDate ?? DateOnly.MaxValue)
            .ThenBy(a => a.Title, StringComparer.Ordinal)
            .ToList();
        IReadOnlyList<PointState>? points = null;
        if (pointRead is not null && resultRead is not null)
        {
            var unitResults = await resultRead;
            points = ((await pointRead).GetValueOrDefault(unit.Id) ?? [])
                .Select(point =>
                {
                    var progress = SelfCheckProgress.Of(point, basis.Year, unitResults, basis.Today);
                    var latest = progress.Where(o => o.Result is not null).MaxBy(o => o.Occurrence.Period);
                    return new PointState(point, progress.Count, progress.Count(o => o.Result is not null), latest?.Result!.Current.Verdict, latest?.Occurrence.Key);
                })
                .ToList();
        }

        IReadOnlyDictionary<RiskLevel, int>? levels = null;
        if (riskRead is not null)
        {
            var current = (await riskRead).Where(r => r.IsCurrent).ToList();
            levels = RiskYearSummary.Order.ToDictionary(level => level, level => current.Count(r => r.Level == level));
        }

        var deviations = reportRead is null
            ? null
            : ShowOverview.PerTertial(basis.Span, await reportRead);

        return new UnitOverview(basis.Year, basis.Today, basis.Audience, unit, basis.StatesOf(unit.Id, await stopRead), unitActions, points, levels, deviations);
    }
}
