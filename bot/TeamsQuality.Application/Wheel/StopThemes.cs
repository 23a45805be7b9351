using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Application.Wheel;

/// <summary>
/// The themes something can be put under for a later stop, the stops of this wheel year: "logga" (a logbook note) and
/// "garage" (an item parked in the Garage) offer the same.
/// </summary>
public sealed class StopThemes(CurrentWheel wheels, TimeProvider time) : IUseCase
{
    public async Task<IReadOnlyList<StopDefinition>> RunAsync(Actor actor, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Day(time.GetUtcNow());
        var wheel = await wheels.RunAsync(actor.Tenant, today, cancellationToken);
        return wheel.For(wheel.YearOf(today)).Stops;
    }
}
