using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// The unit's manager names a substitute (ersättare) for a period of whole days, replacing any earlier one; the person
/// named is told (and one whose period is replaced). Refused, each reason naming its field, by <see cref="Substitutes.Name"/>.
/// </summary>
public sealed class NameSubstitute(OrganisationRepository organisations, ISubstituteNotices notices, TimeProvider time, ILogger<NameSubstitute> logger) : IUseCase
{
    /// <param name="actor">The manager.</param>
    /// <param name="unitId">The unit.</param>
    /// <param name="personId">Who stands in.</param>
    /// <param name="from">The first day; null when none was chosen.</param>
    /// <param name="until">The last day; null when none was chosen.</param>
    /// <param name="cancellationToken">The turn's.</param>
    /// <returns>The unit's substitute as the change left it; refused: as it was, when the person may see it.</returns>
    public Task<Outcome<SubstituteView>> RunAsync(Actor actor, string? unitId, string? personId, DateOnly? from, DateOnly? until, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return SubstituteChanges.ApplyAsync(
            organisations, notices, logger, actor, unitId,
            (organisation, manager, unit) => Substitutes.Name(organisation, manager, unit, personId, from, until, now),
            cancellationToken);
    }
}
