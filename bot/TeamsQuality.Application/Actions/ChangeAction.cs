using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Application.Actions;

/// <summary>What a person chose on the status form: the new status, a new due date, a new follow-up date, the comment.</summary>
/// <param name="DateUnreadable">The card sent a date that is no date: refused, not dropped.</param>
public sealed record ActionChangeRequest(ActionStatus? Status, DateOnly? Due, DateOnly? FollowUpOn, string? Comment, bool DateUnreadable = false);

/// <summary>
/// The owner or the acting manager changes an action's status (Ej påbörjad, Pågående, Genomförd, and back), its due
/// date or its follow-up date, with a comment; the domain decides (<see cref="ImprovementAction.Change"/>), the change
/// is saved with its history and the reminders follow the new dates. Refused: why, with the action as it was.
/// </summary>
public sealed class ChangeAction(ImprovementActionRepository actions, DeviationRepository reports, TimeProvider time) : IUseCase
{
    public async Task<Outcome<ActionView>> RunAsync(Actor actor, Unit unit, string actionId, ActionChangeRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Person.WorksWith(unit.Id))
        {
            return Outcome.Refused<ActionView>(RefusalReason.NotInUnit);
        }

        var now = time.GetUtcNow();
        return await ActionReports.ChangeAsync(actions, reports, actor, unit, actionId, now, action =>
        {
            if (request.DateUnreadable)
            {
                throw new RuleException(RefusalReason.Invalid, Field.ActionDue);
            }

            action.Change(actor.Person, unit, request.Status, request.Due, request.FollowUpOn, request.Comment, now);
        }, cancellationToken);
    }
}
