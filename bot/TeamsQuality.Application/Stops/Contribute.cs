using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Stops;

/// <summary>Anyone in the unit adds to a step of the analysis; the first contribution to a stop not yet started starts it.</summary>
public sealed class Contribute(LearningStopRepository stops, IStopNotices notices, TimeProvider time) : IUseCase
{
    public Task<Outcome<StopView>> RunAsync(Actor actor, StopAddress address, AnalysisStep step, string? text, CancellationToken cancellationToken) =>
        StopCommand.ChangeAsync(
            actor, address, stops, notices, (stop, unit) => stop.Contribute(actor.Person, unit, step, text, time.GetUtcNow(), StopCommand.NewId()), cancellationToken);
}
