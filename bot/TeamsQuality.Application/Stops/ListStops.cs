using TeamsQuality.Application.Wheel;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Stops;

/// <summary>"hållplatser": a unit's stops of this wheel year, with their status.</summary>
public sealed class ListStops(LearningStopRepository stops, CurrentWheel wheels, PlanYear planner, TimeProvider time) : IUseCase
{
    /// <param name="unitId">
    /// The unit asked about (a button's, or else the channel's or the person's own); none: someone who follows all
    /// units chooses one.
    /// </param>
    public async Task<Outcome<StopListing>> RunAsync(Actor actor, string? unitId, CancellationToken cancellationToken)
    {
        if ((unitId is null ? null : actor.Organisation.FindUnit(unitId)) is not { } unit)
        {
            return Outcome.Done<StopListing>(new ChooseUnit(actor.Organisation.UnitsVisibleTo(actor.Person)));
        }

        if (!LearningStop.CanSee(actor.Person, unit))
        {
            return Outcome.Refused<StopListing>(RefusalReason.NotAllowed);
        }

        var today = SwedishTime.Day(time.GetUtcNow());
        var year = (await wheels.RunAsync(actor.Tenant, today, cancellationToken)).YearOf(today);
        var unitStops = await stops.ListYearAsync(actor.Tenant, unit.Id, year, cancellationToken);
        if (unitStops.Count == 0)
        {
            // The nightly planning has not run for this unit yet: plan now.
            await planner.RunAsync(actor.Tenant, cancellationToken);
            unitStops = await stops.ListYearAsync(actor.Tenant, unit.Id, year, cancellationToken);
        }

        return Outcome.Done<StopListing>(new UnitStops(unit, year, unitStops, today));
    }
}
