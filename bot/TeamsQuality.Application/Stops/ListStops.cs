using TeamsQuality.Application.Wheel;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Stops;

/// <summary>
/// "hållplatser": a unit's stops of this wheel year, with their status; for those in the manager group (the unit
/// managers and the deputy director) the group's stops of the year too, marked as the group's. The deputy director's
/// own list, outside a unit, is the manager group's, with the units to choose from.
/// </summary>
public sealed class ListStops(LearningStopRepository stops, CurrentWheel wheels, PlanYear planner, TimeProvider time) : IUseCase
{
    /// <param name="unitId">
    /// The unit asked about (a button's, or else the channel's or the person's own), or the manager group's id; none:
    /// someone who follows all units chooses one.
    /// </param>
    public async Task<Outcome<StopListing>> RunAsync(Actor actor, string? unitId, CancellationToken cancellationToken)
    {
        var organisation = actor.Organisation;
        var person = actor.Person;
        var today = SwedishTime.Day(time.GetUtcNow());
        var asked = unitId is null ? null : organisation.FindStopHolder(unitId);
        IReadOnlyList<Unit> chooseFrom = [];
        OrganisationWheel? wheel = null;
        if (asked is null)
        {
            wheel = await wheels.RunAsync(actor.Tenant, today, cancellationToken);
            if (!ManagerGroup.Leads(person) || !HasOwn(wheel, ManagerGroup.Id, wheel.YearOf(today)))
            {
                return Outcome.Done<StopListing>(new ChooseUnit(organisation.UnitsVisibleTo(person)));
            }

            // The deputy director leads the manager group: its stops are their own; a unit's are a choice away.
            asked = organisation.ManagerGroup.AsHolder();
            chooseFrom = organisation.UnitsVisibleTo(person);
        }

        if (!LearningStop.CanSee(person, asked))
        {
            return Outcome.Refused<StopListing>(RefusalReason.NotAllowed);
        }

        wheel ??= await wheels.RunAsync(actor.Tenant, today, cancellationToken);
        var year = wheel.YearOf(today);

        // A unit's copies of manager-group stops (planned before the group held them once) are left out while nobody
        // started them: the group holds them. One a unit did start stays, with what was written in it.
        var listed = (await YearOfAsync(actor, wheel, asked.Id, year, cancellationToken))
            .Where(s => !(s.IsUnitCopyOfGroupStop && s.Status == StopStatus.EjPaborjad))
            .ToList();
        var group = !ManagerGroup.IsGroup(asked.Id) && ManagerGroup.Includes(person)
            ? new HolderStops(organisation.ManagerGroup.AsHolder(), await YearOfAsync(actor, wheel, ManagerGroup.Id, year, cancellationToken))
            : null;
        return Outcome.Done<StopListing>(new UnitStops(asked, year, listed, today) { Group = group is { Stops.Count: > 0 } ? group : null, ChooseFrom = chooseFrom });
    }

    /// <summary>The holder's stops of the year; planned now when the nightly planning has not reached it yet.</summary>
    private async Task<IReadOnlyList<LearningStop>> YearOfAsync(Actor actor, OrganisationWheel wheel, string holderId, int year, CancellationToken cancellationToken)
    {
        if (!HasOwn(wheel, holderId, year))
        {
            return [];
        }

        var listed = await stops.ListYearAsync(actor.Tenant, holderId, year, cancellationToken);
        if (listed.Count == 0)
        {
            await planner.RunAsync(actor.Tenant, cancellationToken);
            listed = await stops.ListYearAsync(actor.Tenant, holderId, year, cancellationToken);
        }

        return listed;
    }

    /// <summary>Whether the holder has stops of its own in the wheel's year (the manager group has none in Nordmaling's house).</summary>
    private static bool HasOwn(OrganisationWheel wheel, string holderId, int year) => wheel.For(year).Stops.Any(d => ManagerGroup.HasOwn(holderId, d));
}
