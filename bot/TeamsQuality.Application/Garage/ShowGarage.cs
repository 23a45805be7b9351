using TeamsQuality.Domain.Garage;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Storage.Garage;

namespace TeamsQuality.Application.Garage;

/// <summary>A unit's Garage: everything parked in it, by theme.</summary>
public sealed record UnitGarage(Unit Unit, IReadOnlyList<GarageItem> Items);

/// <summary>
/// "garage" alone: what the unit has parked, by theme, with who parked it, when, and where it stands. The unit's
/// people see it, as do those who follow all units (in the unit's channel).
/// </summary>
public sealed class ShowGarage(GarageRepository garage) : IUseCase
{
    /// <param name="unit">The unit in context (the channel's, else the person's own); none when there is none.</param>
    public async Task<Outcome<UnitGarage>> RunAsync(Actor actor, Unit? unit, CancellationToken cancellationToken)
    {
        if (unit is null)
        {
            return Outcome.Refused<UnitGarage>(RefusalReason.NotInUnit);
        }

        if (!LearningStop.CanSee(actor.Person, unit))
        {
            return Outcome.Refused<UnitGarage>(RefusalReason.NotAllowed);
        }

        return new UnitGarage(unit, await garage.ListAsync(actor.Tenant, unit.Id, cancellationToken));
    }
}
