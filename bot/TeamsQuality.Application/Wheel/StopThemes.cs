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

    /// <summary>The themes, and the one a press chose among them (null when none, or one that is no stop this year).</summary>
    public async Task<(IReadOnlyList<StopDefinition> Themes, StopDefinition? Chosen)> ChosenAsync(Actor actor, int? stopNumber, CancellationToken cancellationToken)
    {
        var themes = await RunAsync(actor, cancellationToken);
        return (themes, stopNumber is { } number ? themes.FirstOrDefault(s => s.Number == number) : null);
    }
}
