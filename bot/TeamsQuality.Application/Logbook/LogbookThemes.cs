using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Application.Wheel;

namespace TeamsQuality.Application.Logbook;

/// <summary>"logga": the themes a logbook note can go under, the stops of this wheel year.</summary>
public sealed class LogbookThemes(CurrentWheel wheels, TimeProvider time) : IUseCase
{
    public async Task<IReadOnlyList<StopDefinition>> RunAsync(Actor actor, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Day(time.GetUtcNow());
        var wheel = await wheels.RunAsync(actor.Tenant, today, cancellationToken);
        return wheel.For(wheel.YearOf(today)).Stops;
    }
}
