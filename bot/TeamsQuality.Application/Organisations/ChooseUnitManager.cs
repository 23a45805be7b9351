using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Chooses a unit's manager (enhetschef): a member of the tenant's teams not yet in the organisation (name and e-mail
/// from the team), someone in no unit, or one of the unit's own staff. The manager before stays in the organisation in
/// no unit. Someone in or managing another unit is refused, naming it: move them first.
/// </summary>
public sealed class ChooseUnitManager(OrganisationRepository organisations, TeamRosterRepository rosters, TimeProvider time, ILogger<ChooseUnitManager> logger) : IUseCase
{
    /// <param name="administrator">Who changes it (from <see cref="FindAdministrator"/>).</param>
    /// <param name="unitId">The unit.</param>
    /// <param name="personId">The manager (Entra object id).</param>
    /// <param name="cancellationToken">The request's.</param>
    /// <returns>The organisation as the change left it and the history it kept (none: it already was so); or refused, each refusal naming its field.</returns>
    public async Task<Outcome<OrganisationChanged>> RunAsync(Administrator administrator, string? unitId, string? personId, CancellationToken cancellationToken)
    {
        var teams = await rosters.ListAsync(administrator.Tenant, cancellationToken);
        var now = time.GetUtcNow();
        return await SetupChanges.ApplyAsync(organisations, logger, administrator, organisation => Setup.ChooseManager(organisation, administrator, teams, unitId, personId, now), cancellationToken);
    }
}
