using TeamsQuality.Application.Stops;
using TeamsQuality.Storage.Garage;

namespace TeamsQuality.Application.Garage;

/// <summary>The stop's documenter keeps a parked item in the Garage: it comes up again at the theme's next stop.</summary>
public sealed class KeepInGarage(ReviewGarage review, GarageRepository garage, TimeProvider time) : IUseCase
{
    public Task<Outcome<GarageReview>> RunAsync(Actor actor, StopAddress address, string? itemId, CancellationToken cancellationToken) =>
        GarageDecision.DecideAsync(actor, address, itemId, review, garage, (item, unit, stop) => item.Keep(actor.Person, unit, stop, time.GetUtcNow()), cancellationToken);
}
