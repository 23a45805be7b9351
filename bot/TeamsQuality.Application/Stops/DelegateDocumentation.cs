using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Stops;

/// <summary>The manager lets a staff member of the unit document the stop.</summary>
public sealed class DelegateDocumentation(LearningStopRepository stops, IStopNotices notices, TimeProvider time) : IUseCase
{
    /// <param name="documenterId">The person chosen; none: the manager is asked to choose first.</param>
    public Task<Outcome<StopView>> RunAsync(Actor actor, StopAddress address, string? documenterId, CancellationToken cancellationToken) =>
        StopCommand.ChangeAsync(actor, address, stops, notices, (stop, unit) =>
        {
            if (documenterId is null)
            {
                throw new RuleException(RefusalReason.Required, Field.Documenter);
            }

            var documenter = actor.Organisation.FindPerson(documenterId) ?? throw new RuleException(RefusalReason.NotInUnit, Field.Documenter);
            stop.DelegateDocumentation(actor.Person, unit, documenter, time.GetUtcNow());
        }, cancellationToken);
}
