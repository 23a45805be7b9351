using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Stops;

/// <summary>The closing form of a stop, for its documenter (the manager or their delegate) only.</summary>
public sealed class FinishForm(LearningStopRepository stops) : IUseCase
{
    public async Task<Outcome<StopView>> RunAsync(Actor actor, StopAddress address, CancellationToken cancellationToken)
    {
        var found = await StopCommand.FindAsync(actor, address, stops, cancellationToken);
        return found.IsRefused || found.Value.Stop.CanDocument(actor.Person, found.Value.Unit)
            ? found
            : Outcome.Refused([new Refusal(RefusalReason.NotDocumenter)], found.Value);
    }
}
