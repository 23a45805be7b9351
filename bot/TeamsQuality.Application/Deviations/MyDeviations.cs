using TeamsQuality.Domain.Deviations;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Application.Deviations;

/// <summary>"Mina rapporter": the reports a person filed, newest first, and where each stands.</summary>
public sealed class MyDeviations(DeviationRepository reports) : IUseCase
{
    public async Task<Outcome<IReadOnlyList<DeviationReport>>> RunAsync(Actor actor, CancellationToken cancellationToken) =>
        Outcome.Done(await reports.FiledByAsync(actor.Tenant, actor.Person.Id, cancellationToken));
}
