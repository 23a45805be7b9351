using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Stops;

/// <summary>
/// The documenter writes a step's summary. When someone saved another since the writer read it, nothing is
/// overwritten: the refusal comes with the stop as it is now, so the card shows both texts.
/// </summary>
public sealed class WriteSummary(LearningStopRepository stops, IStopNotices notices, TimeProvider time) : IUseCase
{
    /// <param name="readRevision">The revision of the summary the writer saw (0: none).</param>
    public Task<Outcome<StopView>> RunAsync(Actor actor, StopAddress address, AnalysisStep step, string? text, int readRevision, CancellationToken cancellationToken) =>
        StopCommand.ChangeAsync(
            actor, address, stops, notices, (stop, unit) => stop.WriteSummary(actor.Person, unit, step, text, readRevision, time.GetUtcNow()), cancellationToken);
}
