using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Application.SelfChecks;

/// <summary>One unit's self-checks of a year, counted per perspective.</summary>
public sealed record UnitSelfCheckTally(Unit Unit, IReadOnlyList<PerspectiveTally> Perspectives);

/// <summary>
/// The self-checks of a year per unit and perspective, for the quality report (kvalitetsberättelse) and the management
/// view: planned, due so far, done, Godkänd and Ej godkänd. Every unit the person may see (the roles above the units see
/// all, a manager their own); two queries for the whole tenant (the year's plans, the year's results).
/// </summary>
public sealed class SelfCheckReport(SelfCheckPlanRepository plans, SelfCheckResultRepository results, TimeProvider time) : IUseCase
{
    public async Task<Outcome<IReadOnlyList<UnitSelfCheckTally>>> RunAsync(Actor actor, int year, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Day(time.GetUtcNow());
        var visible = actor.Organisation.UnitsVisibleTo(actor.Person);
        // The plans' points only: their history is half the rows and counts nothing.
        var yearPoints = await plans.PointsOfYearAsync(actor.Tenant, year, null, cancellationToken);
        var yearResults = (await results.LatestOfYearAsync(actor.Tenant, year, cancellationToken)).ToLookup(r => r.UnitId, StringComparer.Ordinal);
        IReadOnlyList<UnitSelfCheckTally> tallies = visible
            .Select(unit => new UnitSelfCheckTally(
                unit,
                SelfCheckProgress.Tally(yearPoints.GetValueOrDefault(unit.Id) ?? [], year, yearResults[unit.Id].ToList(), today)))
            .ToList();
        return Outcome.Done(tallies);
    }
}
