using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Names someone to a role above the units (<see cref="Setup.RolesAboveUnits"/>: biträdande socialchef, socialchef,
/// verksamhetsutvecklare), or changes the role of someone already above them. Staff and managers of a unit are refused,
/// naming it: move them out of the unit first.
/// </summary>
public sealed class NameRole(OrganisationRepository organisations, TeamRosterRepository rosters, TimeProvider time, ILogger<NameRole> logger) : IUseCase
{
    /// <param name="administrator">Who changes it (from <see cref="FindAdministrator"/>).</param>
    /// <param name="personId">Who (Entra object id): a member of the tenant's teams or of the organisation.</param>
    /// <param name="role">The role.</param>
    /// <param name="cancellationToken">The request's.</param>
    /// <returns>The organisation as the change left it and the history it kept (none: it already was so); or refused, each refusal naming its field.</returns>
    public async Task<Outcome<OrganisationChanged>> RunAsync(Administrator administrator, string? personId, Role? role, CancellationToken cancellationToken)
    {
        var teams = await rosters.ListAsync(administrator.Tenant, cancellationToken);
        var now = time.GetUtcNow();
        return await SetupChanges.ApplyAsync(organisations, logger, administrator, organisation => Setup.NameRole(organisation, administrator, teams, personId, role, now), cancellationToken);
    }
}
