using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Links the manager group (chefsgruppen) to one of the channels Teams told the app of (<see cref="ShowSetup"/> lists
/// them): its stops are held there, once for the administration. Kept in the organisation's history like a unit's link.
/// </summary>
public sealed class LinkManagerGroupChannel(OrganisationRepository organisations, TeamRosterRepository rosters, TimeProvider time, ILogger<LinkManagerGroupChannel> logger) : IUseCase
{
    /// <param name="administrator">Who changes it (from <see cref="FindAdministrator"/>).</param>
    /// <param name="channelId">The Teams channel id (the General channel's is the team's id).</param>
    /// <param name="cancellationToken">The request's.</param>
    /// <returns>The organisation as the change left it and the history it kept (none: it already was so); or refused, each refusal naming its field.</returns>
    public async Task<Outcome<OrganisationChanged>> RunAsync(Administrator administrator, string? channelId, CancellationToken cancellationToken)
    {
        var teams = await rosters.ListAsync(administrator.Tenant, cancellationToken);
        var now = time.GetUtcNow();
        return await SetupChanges.ApplyAsync(organisations, logger, administrator, organisation => Setup.LinkManagerGroupChannel(organisation, administrator, teams, channelId, now), cancellationToken);
    }
}
