using TeamsQuality.Application.Wheel;
using TeamsQuality.Domain.Garage;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Garage;

namespace TeamsQuality.Application.Garage;

/// <summary>The Garage as an item leaves it: the themes it could go under, and the item once parked.</summary>
public sealed record GarageEntry(IReadOnlyList<StopDefinition> Themes, GarageItem? Item);

/// <summary>
/// "garage …": parks an idea, risk or need in the unit's Garage under a stop's theme, for that stop to decide on.
/// Refused: the themes, so the form comes back as it was.
/// </summary>
public sealed class ParkInGarage(StopThemes themes, GarageRepository garage, TimeProvider time) : IUseCase
{
    /// <param name="unit">The unit it is parked in (the channel's, else the person's own); none when the person is in none.</param>
    /// <param name="stopNumber">The stop whose theme was chosen.</param>
    public async Task<Outcome<GarageEntry>> RunAsync(Actor actor, Unit? unit, GarageKind? kind, int? stopNumber, string? text, CancellationToken cancellationToken)
    {
        var (wheel, theme) = await themes.ChosenAsync(actor, stopNumber, cancellationToken);
        var parked = Rules.Decide(() => GarageItem.Park(actor.Person, unit, kind, theme, text, time.GetUtcNow(), "ga" + Guid.NewGuid().ToString("N")));
        if (parked.IsRefused)
        {
            return Outcome.Refused(parked.Refusals, new GarageEntry(wheel, null));
        }

        await garage.AddAsync(actor.Tenant, parked.Value, cancellationToken);
        return new GarageEntry(wheel, parked.Value);
    }
}
