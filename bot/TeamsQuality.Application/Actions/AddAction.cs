using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Actions;

namespace TeamsQuality.Application.Actions;

/// <summary>
/// What a person typed into the shared action form (Cards <c>Actions/ActionFormPart</c>): what is to be done, the cause
/// it addresses, the owner (a person id; none for the unit's manager), the due date and the purpose.
/// </summary>
/// <param name="DueUnreadable">The card sent a due date that is no date: refused, not dropped.</param>
public sealed record NewAction(string? Title, string? Cause, string? OwnerId, DateOnly? Due, ActionPurpose? Purpose, bool DueUnreadable = false);

/// <summary>
/// Puts a new action into the unit's plan, for the features that plan actions as they go (a failed self-check, a
/// risk, a garage item taken into the plan): checks the form by the domain's rule, saves it, and tells the owner
/// named by someone else (through the outbox). Who may add the action is the calling feature's rule, checked before
/// it calls this. The only way features other than stops and reports create actions.
/// </summary>
public sealed class AddAction(ImprovementActionRepository actions, IActionNotices notices, TimeProvider time) : IUseCase
{
    /// <param name="actor">Who adds it.</param>
    /// <param name="unit">The unit whose plan it goes into.</param>
    /// <param name="action">What was typed.</param>
    /// <param name="origin">Where it comes from (kind, reference, how people name it).</param>
    /// <param name="id">
    /// The action's id; give one derived from the origin (e.g. the self-check result's id) so a retried press adds it
    /// once. Null: a new one.
    /// </param>
    public async Task<Outcome<ImprovementAction>> RunAsync(Actor actor, Unit unit, NewAction action, ActionOrigin origin, string? id, CancellationToken cancellationToken)
    {
        var refusals = new List<Refusal>();
        Person? owner = null;
        if (action.OwnerId is { } ownerId && (owner = actor.Organisation.FindPerson(ownerId)) is null)
        {
            refusals.Add(new(RefusalReason.NotInUnit, Field.ActionOwner));
        }

        ImprovementAction? planned = null;
        try
        {
            var manager = unit.ManagerId is { } managerId ? actor.Organisation.FindPerson(managerId) : null;
            planned = ImprovementAction.Plan(
                actor.Tenant, unit, id ?? "ac-" + Guid.NewGuid().ToString("N"), action.Title, action.Cause, owner, action.DueUnreadable ? null : action.Due,
                action.Purpose, origin, actor.Person, time.GetUtcNow(), manager);
        }
        catch (RuleException refused)
        {
            refusals.AddRange(refused.Refusals.Where(r => !(action.DueUnreadable && r.Field == Field.ActionDue)));
        }

        if (action.DueUnreadable)
        {
            refusals.Add(new(RefusalReason.Invalid, Field.ActionDue));
        }

        if (refusals.Count > 0 || planned is null)
        {
            return Outcome.Refused<ImprovementAction>(refusals);
        }

        await actions.AddAsync([planned], cancellationToken);
        await notices.OwnerNamedAsync(actor.Organisation, unit, planned, actor.Person, null, cancellationToken);
        return planned;
    }
}
