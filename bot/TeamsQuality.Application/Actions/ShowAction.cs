using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Application.Actions;

/// <summary>
/// One action of a unit's plan with its history (the status form, the history on demand, the effect question), for
/// those who work with the unit; refused <see cref="RefusalReason.NotFound"/> when there is no such action.
/// </summary>
public sealed class ShowAction(ImprovementActionRepository actions, DeviationRepository reports, TimeProvider time) : IUseCase
{
    public async Task<Outcome<ActionView>> RunAsync(Actor actor, Unit unit, string actionId, CancellationToken cancellationToken)
    {
        if (!actor.Person.WorksWith(unit.Id))
        {
            return Outcome.Refused<ActionView>(RefusalReason.NotInUnit);
        }

        var action = await actions.FindAsync(actor.Tenant, unit.Id, actionId, cancellationToken);
        return action is null
            ? Outcome.Refused<ActionView>(RefusalReason.NotFound)
            : await ActionReports.ViewAsync(reports, action, actor.Person, unit, time.GetUtcNow(), cancellationToken);
    }
}
