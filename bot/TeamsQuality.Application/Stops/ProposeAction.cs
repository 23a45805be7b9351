using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Stops;

/// <summary>What a proposal in step 4 says: what to do, who owns it (a person id) and by when.</summary>
/// <param name="DueUnreadable">The card sent a due date that is no date: refused, not dropped.</param>
public sealed record NewProposal(string? Title, string? OwnerId, DateOnly? Due, bool DueUnreadable = false);

/// <summary>Anyone in the unit proposes an action in step 4; it becomes an action in the unit's plan when the stop is finished.</summary>
public sealed class ProposeAction(LearningStopRepository stops, IStopNotices notices, TimeProvider time) : IUseCase
{
    public Task<Outcome<StopView>> RunAsync(Actor actor, StopAddress address, NewProposal proposal, CancellationToken cancellationToken) =>
        StopCommand.ChangeAsync(actor, address, stops, notices, (stop, unit) =>
        {
            var owner = proposal.OwnerId is { } ownerId ? actor.Organisation.FindPerson(ownerId) : null;
            if (proposal.OwnerId is not null && owner is null)
            {
                throw new RuleException(RefusalReason.NotInUnit, Field.ProposalOwner);
            }

            if (proposal.DueUnreadable)
            {
                throw new RuleException(RefusalReason.Invalid, Field.ProposalDue);
            }

            stop.Propose(actor.Person, unit, proposal.Title, owner, proposal.Due, time.GetUtcNow(), StopCommand.NewId());
        }, cancellationToken);
}
