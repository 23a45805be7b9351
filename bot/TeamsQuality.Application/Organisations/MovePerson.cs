using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Moves a staff member (medarbetare) to another unit, or out of their unit (still in the organisation). A unit's
/// manager is not moved: another is chosen for the unit first (<see cref="ChooseUnitManager"/>).
/// </summary>
public sealed class MovePerson(OrganisationRepository organisations, TimeProvider time, ILogger<MovePerson> logger) : IUseCase
{
    /// <param name="administrator">Who changes it (from <see cref="FindAdministrator"/>).</param>
    /// <param name="personId">Who (Entra object id).</param>
    /// <param name="toUnitId">The unit they move to; null: to no unit.</param>
    /// <param name="cancellationToken">The request's.</param>
    /// <returns>The organisation as the change left it and the history it kept (none: it already was so); or refused, each refusal naming its field.</returns>
    public async Task<Outcome<OrganisationChanged>> RunAsync(Administrator administrator, string? personId, string? toUnitId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await SetupChanges.ApplyAsync(organisations, logger, administrator, organisation => Setup.MovePerson(organisation, administrator, personId, toUnitId, now), cancellationToken);
    }
}
