using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Application.SelfChecks;

/// <summary>A unit's self-checks of a year: its plan's points (empty without a plan) and the latest result of each occurrence.</summary>
public sealed record UnitSelfChecksView(Unit Unit, int Year, IReadOnlyList<ControlPoint> Points, IReadOnlyList<SelfCheckResult> Results, DateOnly Today);

/// <summary>
/// "egenkontroller": the unit's plan for the year with each point's latest result and what is due now or overdue, for
/// those who work with the unit (self-check results are the unit's); refused <see cref="RefusalReason.NotInUnit"/>
/// otherwise. Two queries: the plan and the unit's results of the year.
/// </summary>
public sealed class UnitSelfChecks(SelfCheckPlanRepository plans, SelfCheckResultRepository results, TimeProvider time) : IUseCase
{
    /// <param name="year">The calendar year; null for this year.</param>
    public async Task<Outcome<UnitSelfChecksView>> RunAsync(Actor actor, Unit unit, int? year, CancellationToken cancellationToken)
    {
        if (!actor.Person.WorksWith(unit.Id))
        {
            return Outcome.Refused<UnitSelfChecksView>(RefusalReason.NotInUnit);
        }

        var today = SwedishTime.Day(time.GetUtcNow());
        var chosen = year ?? today.Year;
        var plan = await plans.FindAsync(actor.Tenant, unit.Id, chosen, cancellationToken);
        var latest = await results.LatestOfUnitAsync(actor.Tenant, unit.Id, chosen, cancellationToken);
        return new UnitSelfChecksView(unit, chosen, plan?.Points ?? [], latest, today);
    }
}
