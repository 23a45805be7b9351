using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Application.Actions;

/// <summary>
/// "Hade åtgärden effekt?" answered at the follow-up: Ja, Delvis or Nej with a comment, by the owner (or the acting
/// manager), once; kept in the action's history. After Nej the card asks what follows (<see cref="FollowNoEffect"/>).
/// </summary>
public sealed class AnswerEffect(ImprovementActionRepository actions, DeviationRepository reports, TimeProvider time) : IUseCase
{
    public async Task<Outcome<ActionView>> RunAsync(Actor actor, Unit unit, string actionId, ActionEffect? effect, string? comment, CancellationToken cancellationToken)
    {
        if (!actor.Person.WorksWith(unit.Id))
        {
            return Outcome.Refused<ActionView>(RefusalReason.NotInUnit);
        }

        return await ActionReports.ChangeAsync(
            actions, reports, actor, unit, actionId, time.GetUtcNow(), action => action.AnswerEffect(actor.Person, unit, effect, comment, time.GetUtcNow()), cancellationToken);
    }
}
