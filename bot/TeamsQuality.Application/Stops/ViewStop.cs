using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Stops;

/// <summary>
/// A viewer's own current view of a stop's card (Universal Actions refresh, or Uppdatera): a step card shows that step
/// again with what was added since; the channel's card shows those who take part in a started stop the step the unit
/// is in, everyone the summary once the stop is finished, and otherwise the channel's card as it is now.
/// </summary>
public sealed class ViewStop(LearningStopRepository stops, StopMaterial material, StopSummary summaries, ChannelCardFacts channelCard) : IUseCase
{
    /// <param name="step">The step the card showed; none for the channel's card.</param>
    /// <returns>A <see cref="StepView"/>, a <see cref="SummaryView"/> or a <see cref="ChannelView"/>.</returns>
    public async Task<Outcome<StopView>> RunAsync(Actor actor, StopAddress address, AnalysisStep? step, CancellationToken cancellationToken)
    {
        var found = await StopCommand.FindAsync(actor, address, stops, cancellationToken);
        if (found.IsRefused)
        {
            return found;
        }

        var (unit, stop) = found.Value;
        var shown = step
            ?? (stop.Status == StopStatus.Paborjad && stop.CanTakePart(actor.Person, unit) ? stop.CurrentStep : (AnalysisStep?)null);
        if (shown is { } s)
        {
            return new StepView(unit, stop, s, await material.ForStepAsync(actor.Tenant, stop, s, cancellationToken));
        }

        if (stop.Status == StopStatus.Klar)
        {
            return await summaries.OfAsync(actor.Tenant, unit, stop, cancellationToken);
        }

        return await channelCard.RunAsync(actor.Tenant, unit, stop, cancellationToken);
    }
}
