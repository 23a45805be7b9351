using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Stops;

/// <summary>A stop's summary: how it ended, each step's summary, and the actions it put in the unit's plan.</summary>
public sealed class StopSummary(LearningStopRepository stops, ImprovementActionRepository actions) : IUseCase
{
    public async Task<Outcome<SummaryView>> RunAsync(Actor actor, StopAddress address, CancellationToken cancellationToken)
    {
        var found = await StopCommand.FindAsync(actor, address, stops, cancellationToken);
        return found.IsRefused ? found.As<SummaryView>() : await OfAsync(actor.Tenant, found.Value.Unit, found.Value.Stop, cancellationToken);
    }

    /// <summary>The summary of a stop already read: the unit's actions that came from it.</summary>
    public async Task<SummaryView> OfAsync(TenantId tenant, Unit unit, LearningStop stop, CancellationToken cancellationToken)
    {
        var unitActions = await actions.ListAsync(tenant, unit.Id, cancellationToken);
        return new SummaryView(unit, stop, unitActions.Where(a => StopActions.CameFrom(a, stop.Key)).ToList());
    }
}
