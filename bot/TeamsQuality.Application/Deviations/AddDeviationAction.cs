using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Actions;

namespace TeamsQuality.Application.Deviations;

/// <summary>
/// The manager or a quality developer adds an action the report leads to, into the unit's plan, with an owner (one of
/// the unit's people or its manager) and a due date; the owner named by someone else is told.
/// </summary>
public sealed class AddDeviationAction(OpenDeviation open, ImprovementActionRepository actions, IDeviationNotices notices) : IUseCase
{
    /// <param name="actor">Who adds it.</param>
    /// <param name="reference">The report.</param>
    /// <param name="title">What is to be done.</param>
    /// <param name="ownerId">The person named owner; null for the unit's manager.</param>
    /// <param name="due">The due date, if any.</param>
    /// <param name="dueUnreadable">A due date was sent that is not a date (the card's date input cannot send one): refused, naming the action.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public Task<Outcome<DeviationView>> RunAsync(
        Actor actor, string? reference, string? title, string? ownerId, DateOnly? due, bool dueUnreadable, CancellationToken cancellationToken)
    {
        ImprovementAction? created = null;
        return open.ChangeAsync(
            actor,
            reference,
            (report, unit, now) =>
            {
                if (dueUnreadable)
                {
                    throw new RuleException(RefusalReason.Required, Field.ActionTitle);
                }

                Person? owner = null;
                if (ownerId is not null && (owner = actor.Organisation.FindPerson(ownerId)) is null)
                {
                    throw new RuleException(RefusalReason.NotInUnit, Field.ActionOwner);
                }

                created = report.AddAction(actor.Person, unit, title, owner, due, now, Guid.NewGuid().ToString("N"));
            },
            async (report, unit) =>
            {
                await actions.AddAsync([created!], cancellationToken);
                await open.TellAsync(report, () => notices.ActionOwnerNamedAsync(actor.Organisation, unit, created!, actor.Person, report, cancellationToken));
            },
            cancellationToken);
    }
}
