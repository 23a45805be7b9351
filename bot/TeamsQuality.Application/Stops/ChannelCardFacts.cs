using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Storage.Wheel;

namespace TeamsQuality.Application.Stops;

/// <summary>
/// What the channel's card of a stop shows besides the stop itself: "Hållplats 1 av 10" (the stops of its wheel year)
/// and, before it starts, how many logbook notes and parked Garage items under its theme wait as material. For the card kept current in the
/// channel and for each viewer's own refresh of it.
/// </summary>
public sealed class ChannelCardFacts(WheelRepository wheels, StopMaterial material) : IUseCase
{
    public async Task<ChannelView> RunAsync(TenantId tenant, Unit unit, LearningStop stop, CancellationToken cancellationToken)
    {
        var wheel = await wheels.FindAsync(tenant, cancellationToken);
        var stopCount = wheel?.For(stop.Key.Year).Stops.Count ?? stop.Definition.Number;
        if (stop.Status != StopStatus.EjPaborjad)
        {
            return new ChannelView(unit, stop, stopCount, 0);
        }

        var waiting = await material.OfAsync(tenant, stop, cancellationToken);
        return new ChannelView(unit, stop, stopCount, waiting.LogbookNotes.Count, waiting.GarageAwaiting(stop));
    }
}
