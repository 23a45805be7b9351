using TeamsQuality.Application.Stops;
using TeamsQuality.Storage.Garage;

namespace TeamsQuality.Application.Garage;

/// <summary>The stop's documenter strikes a parked item, saying why (the reason is kept in its history).</summary>
public sealed class DropFromGarage(ReviewGarage review, GarageRepository garage, TimeProvider time) : IUseCase
{
    public Task<Outcome<GarageReview>> RunAsync(Actor actor, StopAddress address, string? itemId, string? reason, CancellationToken cancellationToken) =>
        GarageDecision.DecideAsync(actor, address, itemId, review, garage, (item, unit, stop) => item.Drop(actor.Person, unit, stop, reason, time.GetUtcNow()), cancellationToken);
}
