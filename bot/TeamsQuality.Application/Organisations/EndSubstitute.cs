using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// The unit's manager ends the substitute's period now (or calls off one not yet begun); the substitute is told and
/// let in no more. Refused when there is none to end, or the person is not the unit's manager.
/// </summary>
public sealed class EndSubstitute(OrganisationRepository organisations, ISubstituteNotices notices, TimeProvider time, ILogger<EndSubstitute> logger) : IUseCase
{
    /// <returns>The unit's substitute as the change left it; refused: as it was, when the person may see it.</returns>
    public Task<Outcome<SubstituteView>> RunAsync(Actor actor, string? unitId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return SubstituteChanges.ApplyAsync(
            organisations, notices, logger, actor, unitId,
            (organisation, manager, unit) => Substitutes.End(organisation, manager, unit, now),
            cancellationToken);
    }
}
